import type { APIRoute } from 'astro';
import { buildClaimsJsonSchema } from '../../lib/export/claims-json-schema.ts';

/** `/schema/claims.v1.schema.json`: the JSON Schema that `/claims.v1.json` conforms to. */
export const GET: APIRoute = ({ site }) => {
	const schema = buildClaimsJsonSchema(new URL('/', site).href.replace(/\/$/, ''), 'v1');
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
