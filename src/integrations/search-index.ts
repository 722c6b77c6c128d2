import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_FOLDER } from '../lib/search/search-paths.ts';
import { folderBytes } from '../lib/folder-bytes.ts';

/**
 * After a build, indexes the built pages with Pagefind into `dist/pagefind/`: the parts of claim pages marked
 * `data-pagefind-body`, with their filters and dates, so search runs in the reader's browser with no server and no
 * request leaving the site. The cite box and the status legend repeat on every claim page and are left out, and so
 * are the verdict's label and status words, which the status filter covers.
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'claims-tracker:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({
					forceLanguage: 'en',
					excludeSelectors: ['.cite', '.legend', '.verdict__label', '.verdict__status'],
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: root });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				// The site folder is kept between builds; the last index's fragments must not linger beside the new ones.
				rmSync(join(root, SEARCH_INDEX_FOLDER), { recursive: true, force: true });
				const written = await index.writeFiles({ outputPath: join(root, SEARCH_INDEX_FOLDER) });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				const folder = join(root, SEARCH_INDEX_FOLDER);
				// One fragment per indexed page: the pages marked data-pagefind-body, of the page_count read.
				const indexed = readdirSync(join(folder, 'fragment')).length;
				logger.info(
					`Search index: ${indexed} of ${added.page_count} pages, ${(folderBytes(folder) / 1024).toFixed(0)} KB, ${((performance.now() - started) / 1000).toFixed(1)} s`
				);
			},
		},
	};
}
