import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaModule, sveltiaModulePaths } from '../../../lib/admin/sveltia-assets.ts';

export const getStaticPaths = (() =>
	sveltiaModulePaths().map((path) => ({ params: { path } }))) satisfies GetStaticPaths;

/** Modules Sveltia CMS imports at run time, from the npm packages installed with it. */
export const GET: APIRoute = ({ params }) =>
	new Response(sveltiaModule(params.path!), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
