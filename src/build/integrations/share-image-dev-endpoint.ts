import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../site/consts.ts';
import { loadSiteIndex } from '../page-cache/site-data.ts';
import { shareImageCacheDir } from '../build-cache-dir.ts';
import { cachedShareImage } from '../share-images/cached-share-image.ts';
import { renderShareImage } from '../../site/share-image/render-share-image.ts';
import { shareImageInput } from '../../site/share-image/share-image-input.ts';

// `astro dev` only (injected by content-build.ts): a build draws the images on all cores and copies them into dist/.
const CACHE_DIR = shareImageCacheDir(process.cwd());

export const getStaticPaths = (async () => {
	const index = await loadSiteIndex();
	return index.claims.map((claim) => ({ params: { id: claim.id } }));
}) satisfies GetStaticPaths;

/** `/og/claims/<id>.png` while editing: the claim's share image, drawn when its card has changed. */
export const GET: APIRoute = async ({ params }) => {
	const index = await loadSiteIndex();
	const claim = index.claim(params.id!);
	const input = shareImageInput(claim, index.claimant(claim.data.claimant), SITE_TITLE);
	const png = await cachedShareImage(input, { cacheDir: CACHE_DIR, render: renderShareImage });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
