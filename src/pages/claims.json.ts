import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildClaimsJson } from '../site/export/claims-json.ts';

/** `/claims.json`: every published claim, in the shape of the public contract (README, "The data"). */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const document = buildClaimsJson(index, new URL('/', site).href.replace(/\/$/, ''));
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
