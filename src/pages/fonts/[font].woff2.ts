import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteIndex } from '../../build/page-cache/site-data.ts';
import { koreanFontFaces, koreanFontFile } from '../../site/places/korean-font.ts';

// Only the slices of the font that the site's Korean names use are published. The extension is in the route, not the
// parameter, so the dev server serves them as files too.
export const getStaticPaths = (async () => {
	const index = await loadSiteIndex();
	return koreanFontFaces(index.places.map((place) => place.data.names.ko)).files.map((file) => ({
		params: { font: file.replace(/\.woff2$/, '') },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(new Uint8Array(koreanFontFile(`${params.font!}.woff2`)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
