import type { APIRoute } from 'astro';

/** Answers Sveltia CMS's GitHub status poll without asking GitHub: the status is unknown, so no banner is shown. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify({ status: { indicator: 'unknown' } }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
