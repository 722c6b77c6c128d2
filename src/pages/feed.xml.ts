import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../site/consts.ts';
import { loadSiteIndex } from '../build/page-cache/site-data.ts';
import { buildAtomFeed } from '../site/export/atom-feed.ts';

/** `/feed.xml`: new claims and status changes, as Atom. */
export const GET: APIRoute = async ({ site }) => {
	const index = await loadSiteIndex();
	const body = buildAtomFeed(index, new URL('/', site).href.replace(/\/$/, ''), SITE_TITLE);
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
