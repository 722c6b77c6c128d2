import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaChunk, sveltiaChunkFiles } from '../../../tools/admin/sveltia-assets.ts';

// The extension is in the route, not the parameter, so the dev server serves these as files too.
export const getStaticPaths = (() =>
	sveltiaChunkFiles().map((file) => ({
		params: { chunk: file.replace(/\.js$/, '') },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(sveltiaChunk(`${params.chunk!}.js`), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
