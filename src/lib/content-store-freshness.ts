import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The code that decides how a content file is read: the collections, their schemas and the modules those use. */
const PARSING_CODE = ['src/content.config.ts', 'src/loaders', 'src/schemas', 'src/lib'];

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

/** sha256 over the path and text of every TypeScript file of the parsing code, in a fixed order. */
export function parsingCodeDigest(projectRoot: string): string {
	const hash = createHash('sha256');
	for (const file of PARSING_CODE.flatMap((path) =>
		typeScriptFiles(join(projectRoot, path))
	).sort()) {
		hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}

function typeScriptFiles(path: string): string[] {
	if (!existsSync(path)) return [];
	if (path.endsWith('.ts')) return [path];
	return readdirSync(path, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
		.map((entry) => join(entry.parentPath, entry.name));
}
