import type { APIRoute } from 'astro';
import { sveltiaVersion } from '../../../tools/admin/sveltia-assets.ts';

/** Answers Sveltia CMS's update check with the installed version: upgrades come through npm, not a CDN. */
export const GET: APIRoute = () =>
	new Response(JSON.stringify({ name: '@sveltia/cms', version: sveltiaVersion() }), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
