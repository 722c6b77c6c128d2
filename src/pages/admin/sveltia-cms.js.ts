import type { APIRoute } from 'astro';
import { sveltiaBundle } from '../../tools/admin/sveltia-assets.ts';

/** Sveltia CMS's browser bundle, from its npm package, with its fonts served from this site. */
export const GET: APIRoute = () =>
	new Response(sveltiaBundle(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
