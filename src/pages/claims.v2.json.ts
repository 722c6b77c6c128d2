import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildClaimsJsonV2 } from '../site/export/claims-json-v2.ts';

/** `/claims.v2.json`: the claims in the shape of version 2, kept for existing consumers (README, "Changelog"). */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const document = buildClaimsJsonV2(index, new URL('/', site).href.replace(/\/$/, ''));
	return new Response(`${JSON.stringify(document, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
