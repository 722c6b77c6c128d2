import type { APIRoute, GetStaticPaths } from 'astro';
import { adminFontFile, adminFontFiles } from '../../../tools/admin/sveltia-assets.ts';

// The extension is in the route, not the parameter, so the dev server serves these as files too.
export const getStaticPaths = (() =>
	adminFontFiles().map((file) => ({
		params: { font: file.replace(/\.woff2$/, '') },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(new Uint8Array(adminFontFile(`${params.font!}.woff2`)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
