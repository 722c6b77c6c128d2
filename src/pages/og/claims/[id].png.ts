import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts.ts';
import { loadSiteIndex } from '../../../data/site-index.ts';
import { cachedShareImage, shareImageKey } from '../../../lib/share-image/cached-share-image.ts';
import { renderShareImage } from '../../../lib/share-image/render-share-image.ts';
import { shareImageCacheDir } from '../../../lib/build-cache-dir.ts';
import { shareImageInput } from '../../../lib/share-image/share-image-input.ts';

// Kept across builds (and out of dist/), so a build redraws only the claims whose card content changed. The build
// draws missing images beforehand on all cores (content-build.ts); drawing here is the fallback, e.g. in dev.
const CACHE_DIR = shareImageCacheDir(process.cwd());

export const getStaticPaths = (async () => {
	const index = await loadSiteIndex();
	return index.claims.map((claim) => ({
		params: { id: claim.id },
		cacheKey: shareImageKey(
			shareImageInput(claim, index.claimant(claim.data.claimant), SITE_TITLE)
		),
	}));
}) satisfies GetStaticPaths;

/** `/og/claims/<id>.png`: the claim's 1200×630 share image, for og:image and twitter:image. */
export const GET: APIRoute = async ({ params }) => {
	const index = await loadSiteIndex();
	const claim = index.claim(params.id!);
	const input = shareImageInput(claim, index.claimant(claim.data.claimant), SITE_TITLE);
	const png = await cachedShareImage(input, { cacheDir: CACHE_DIR, render: renderShareImage });
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
