import type { APIRoute, GetStaticPaths } from 'astro';
import {
	buildDataDocumentSchema,
	DATA_DOCUMENTS,
	type DataDocument,
} from '../../site/export/data-documents.ts';

/** `/schema/<document>.schema.json`: the JSON Schema each published data document conforms to. */
export const getStaticPaths = (() =>
	Object.keys(DATA_DOCUMENTS).map((document) => ({
		params: { document },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => {
	const schema = buildDataDocumentSchema(
		new URL('/', site).href.replace(/\/$/, ''),
		params['document'] as DataDocument
	);
	return new Response(`${JSON.stringify(schema, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
};
