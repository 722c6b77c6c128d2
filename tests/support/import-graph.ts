import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * Every module under src/ (TypeScript and Astro components) with the project modules it imports, type-only imports
 * and dynamic `import()` included, as paths from the project root.
 */
export function importGraph(): Map<string, string[]> {
	const modules = readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(?:ts|astro)$/.test(file))
		.map((file) => normalize(join('src', file)));
	const known = new Set(modules);
	return new Map(
		modules.map((module) => {
			const text = readFileSync(module, 'utf8');
			const imported = [
				// Indented too: the imports of an Astro component's <script>.
				...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/gms),
				...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
			].map((match) => normalize(join(dirname(module), match[1]!)));
			return [module, imported.filter((target) => known.has(target))];
		})
	);
}
