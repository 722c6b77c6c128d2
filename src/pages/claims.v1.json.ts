import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildClaimsJsonV1 } from '../site/export/claims-json-v1.ts';

/** `/claims.v1.json`: the claims in the first published shape, kept for existing consumers (README, "Changelog"). */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const document = buildClaimsJsonV1(index, new URL('/', site).href.replace(/\/$/, ''));
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
