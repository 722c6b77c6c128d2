import type { APIRoute } from 'astro';
import { buildClaimsJsonSchema } from '../../lib/export/claims-json-schema.ts';

/** `/schema/claims.schema.json`: the JSON Schema that `/claims.json` conforms to. */
export const GET: APIRoute = ({ site }) => {
	const schema = buildClaimsJsonSchema(new URL('/', site).href.replace(/\/$/, ''));
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
