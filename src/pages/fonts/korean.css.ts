import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../build/page-cache/site-data.ts';
import { koreanFontFaces } from '../../site/places/korean-font.ts';

/** The Korean font faces place pages need for the Korean place names, served from the site, never a font host. */
export const GET: APIRoute = async () => {
	const index = await loadSiteIndex();
	const { css } = koreanFontFaces(index.places.map((place) => place.data.names.ko));
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
