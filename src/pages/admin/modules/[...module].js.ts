import type { APIRoute, GetStaticPaths } from 'astro';
import { sveltiaModule, sveltiaModulePaths } from '../../../tools/admin/sveltia-assets.ts';

// The extension is in the route, not the parameter, so the dev server serves these as files too.
export const getStaticPaths = (() =>
	sveltiaModulePaths().map((path) => ({
		params: { module: path.replace(/\.js$/, '') },
	}))) satisfies GetStaticPaths;

/** Modules Sveltia CMS imports at run time, from the npm packages installed with it. */
export const GET: APIRoute = ({ params }) =>
	new Response(sveltiaModule(`${params.module!}.js`), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
