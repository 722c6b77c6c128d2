import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recipeVersion } from './cache-key.ts';

/**
 * What decides how a content file is read into Astro's data store: the collections, their schemas, the loader and all
 * they import, Astro itself and the YAML library. Nothing else: a change to the ingest, a page or a chart keeps the store.
 */
const PARSING = { code: ['src/content.config.ts'], libraries: ['astro', 'yaml'] };
/**
 * Deletes Astro's content data store when the code that parses content has changed since the store was written, and
 * says whether it did. Astro re-reads only files whose text changed, so after a schema change it would otherwise keep
 * serving records parsed by the old schema (fields missing their new defaults), in dev, in builds and from a restored
 * CI cache alike.
 */
export function discardStaleContentStore(projectRoot: string, cacheDir: string): boolean {
	const digest = parsingCodeDigest(projectRoot);
	const digestFile = join(cacheDir, 'content-parsing-code.sha256');
	const store = join(cacheDir, 'data-store.json');
	const fresh = existsSync(digestFile) && readFileSync(digestFile, 'utf8') === digest;
	if (fresh) return false;
	const discarded = existsSync(store);
	rmSync(store, { force: true });
	if (existsSync(cacheDir)) writeFileSync(digestFile, digest);
	return discarded;
}

/** The version of the code and library that parse content, as a cache key part. */
export function parsingCodeDigest(projectRoot: string): string {
	return recipeVersion(PARSING, projectRoot);
}
