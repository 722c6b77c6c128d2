import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { stableJson } from './cache-files.ts';

/**
 * What a cache's entries are made with, besides their input: the modules that make them (entry files, and all they
 * import in the project, are read), the packages whose versions decide them (libraries and datasets), and any settings
 * or data read from elsewhere. Every cache of the build (maps, share images, the layout memo, the search index, the
 * content data store) names its recipe here, so none keeps a version string to bump by hand.
 */
export interface CacheRecipe {
	code: readonly string[];
	libraries?: readonly string[];
	data?: unknown;
}

/** A version for everything a recipe names: an edit to its code, an upgrade of its libraries or new data changes it. */
export function recipeVersion(recipe: CacheRecipe, projectRoot = process.cwd()): string {
	const hash = createHash('sha256');
	for (const file of sourceFiles(recipe.code, projectRoot))
		hash
			.update(`${file}\n`)
			.update(readFileSync(join(projectRoot, file)))
			.update('\0');
	for (const name of recipe.libraries ?? []) hash.update(`${libraryVersion(name)}\n`);
	if (recipe.data !== undefined) hash.update(stableJson(recipe.data));
	return hash.digest('hex').slice(0, 32);
}

/** The key of one cached entry: its recipe's version and its input, whatever order the input's keys were built in. */
export function cacheKey(version: string, input: unknown): string {
	return createHash('sha256')
		.update(`${version}\n${stableJson(input)}`)
		.digest('hex');
}

/** Relative imports in a module's source: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The project's source files an entry module reaches through relative imports, itself included, sorted: what decides
 * the output of the code that starts there.
 */
export function sourceFiles(entries: readonly string[], projectRoot: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
			const target = resolve(dirname(file), specifier!);
			if (existsSync(target)) visit(target);
		}
	};
	for (const entry of entries) visit(resolve(projectRoot, entry));
	return [...seen].map((file) => relative(projectRoot, file)).sort();
}

/** `name@version` of an installed package. */
function libraryVersion(name: string): string {
	// Read from the package's folder: not every package exports its package.json (d3-geo does not).
	const folders = createRequire(import.meta.url).resolve.paths(name) ?? [];
	const manifest = folders.map((folder) => join(folder, name, 'package.json')).find(existsSync);
	if (!manifest) throw new Error(`${name} is not installed — run npm ci`);
	const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
	return `${name}@${version}`;
}
