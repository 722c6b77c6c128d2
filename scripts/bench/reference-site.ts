import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a bare Astro project that builds `pageCount` trivial pages (one dynamic route, no content layer, no
 * integrations): the reference that turns the site's build time into a ratio. It sits inside this repository so it
 * resolves Astro from the same node_modules.
 */
export function writeReferenceSite(dir: string, pageCount: number): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src', 'pages', 'items'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache' });\n`
	);
	writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
	writeFileSync(
		join(dir, 'src', 'pages', 'items', '[id].astro'),
		`---\nexport function getStaticPaths() {\n\treturn Array.from({ length: ${pageCount} }, (_, index) => ({ params: { id: String(index + 1) } }));\n}\nconst { id } = Astro.params;\n---\n<html lang="en"><head><title>Item {id}</title></head><body><h1>Item {id}</h1><p>A page of the reference build.</p></body></html>\n`
	);
}
