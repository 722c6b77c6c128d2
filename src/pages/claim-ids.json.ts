import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';

/** `/claim-ids.json`: every claim id with its title, small enough for the 404 page to suggest the closest ones. */
export const GET: APIRoute = async () => {
	const index = await loadSiteIndex();
	const claims = [...index.claims]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((claim) => ({ id: claim.id, title: claim.data.title }));
	return new Response(JSON.stringify({ claims }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
