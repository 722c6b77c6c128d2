import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaChunk, sveltiaChunkFiles } from '../../../lib/admin/sveltia-assets.ts';

export const getStaticPaths = (() =>
	sveltiaChunkFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(sveltiaChunk(params.file!), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
