import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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

/**
 * A version of the code that renders something, derived from the source text of its modules (entry files and all they
 * import in the project), for cache keys: edit any of them and every cached drawing made with the old code is
 * redrawn, with no version string to remember to bump.
 */
export function sourceVersion(entries: readonly string[], projectRoot = process.cwd()): string {
	const hash = createHash('sha256');
	for (const file of sourceFiles(entries, projectRoot))
		hash.update(`${file}\n`).update(readFileSync(join(projectRoot, file)));
	return `code:${hash.digest('hex').slice(0, 16)}`;
}
