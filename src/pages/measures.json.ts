import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildMeasuresJson } from '../site/export/measures-json.ts';

/** `/measures.json`: what each figure in claims.json counts (README, "The data"). */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const document = buildMeasuresJson(index, new URL('/', site).href.replace(/\/$/, ''));
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
