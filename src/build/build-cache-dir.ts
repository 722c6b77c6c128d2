import { join, resolve } from 'node:path';

/**
 * The folder a build keeps between runs (Astro's content-layer and page caches, the drawn share images):
 * `CLAIMS_CACHE_DIR`, else `node_modules/.astro`. Deleting it makes the next build cold; CI may cache it.
 */
export function buildCacheDir(projectRoot: string): string {
	// An empty value is unset: resolved, it would scatter the cache over the project's own folder.
	return resolve(projectRoot, process.env['CLAIMS_CACHE_DIR'] || join('node_modules', '.astro'));
}

/** Where share images are kept between builds (out of dist/), so a build redraws only changed cards. */
export function shareImageCacheDir(projectRoot: string): string {
	return join(buildCacheDir(projectRoot), 'share-images');
}

/** Where map layouts are kept between builds, so a build lays out only maps whose places changed. */
export function mapCacheDir(projectRoot: string): string {
	return join(buildCacheDir(projectRoot), 'maps');
}

/** The records a build keeps about its own work, each a JSON file in the build cache. */
const CACHE_RECORDS = {
	/** Which output folder the cache last filled, and when that build started. */
	lastOutput: 'last-output.json',
	/** What the search index was last built from. */
	searchIndex: 'search-index.json',
	/** Content files known to be in the standard layout, for `npm run check`. */
	contentLayout: 'content-layout.json',
	/** Every content file's parsed YAML, by the hash of its text, so a build parses only changed files. */
	contentYaml: 'content-yaml.json',
} as const;

export function cacheRecordFile(projectRoot: string, record: keyof typeof CACHE_RECORDS): string {
	return join(buildCacheDir(projectRoot), CACHE_RECORDS[record]);
}
