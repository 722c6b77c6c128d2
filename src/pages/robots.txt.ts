import type { APIRoute } from 'astro';
import { ADMIN_PATH } from '../site/links/site-paths.ts';

/** `/robots.txt`: every crawler may read every page but the admin; the sitemap index lists them. */
export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL('/sitemap-index.xml', site).href;
	return new Response(`User-agent: *\nAllow: /\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
