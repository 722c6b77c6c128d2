import { join, resolve } from 'node:path';

/**
 * The folder a build keeps between runs (Astro's content-layer and page caches, the drawn share images):
 * `CLAIMS_CACHE_DIR`, else `node_modules/.astro`. Deleting it makes the next build cold; CI may cache it.
 */
export function buildCacheDir(projectRoot: string): string {
	return resolve(projectRoot, process.env['CLAIMS_CACHE_DIR'] ?? join('node_modules', '.astro'));
}

/** Where share images are kept between builds (out of dist/), so a build redraws only changed cards. */
export function shareImageCacheDir(projectRoot: string): string {
	return join(buildCacheDir(projectRoot), 'share-images');
}

/** Where map layouts are kept between builds, so a build lays out only maps whose places changed. */
export function mapCacheDir(projectRoot: string): string {
	return join(buildCacheDir(projectRoot), 'maps');
}
