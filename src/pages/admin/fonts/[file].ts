import type { APIRoute, GetStaticPaths } from 'astro';
import { adminFontFile, adminFontFiles } from '../../../lib/admin/sveltia-assets.ts';

export const getStaticPaths = (() =>
	adminFontFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(new Uint8Array(adminFontFile(params.file!)), {
		headers: { 'Content-Type': 'font/woff2' },
	});
