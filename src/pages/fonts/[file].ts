import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteIndex } from '../../data/site-index.ts';
import { koreanFontFaces, koreanFontFile } from '../../lib/places/korean-font.ts';

// Only the slices of the font that the site's Korean names use are published.
export const getStaticPaths = (async () => {
	const index = await loadSiteIndex();
	return koreanFontFaces(index.places.map((place) => place.data.names.ko)).files.map((file) => ({
		params: { file },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(new Uint8Array(koreanFontFile(params.file!)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
