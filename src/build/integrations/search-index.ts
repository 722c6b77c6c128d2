import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cacheRecordFile } from '../build-cache-dir.ts';
import { readCacheJson, writeCacheJson } from '../cache-files.ts';
import { cacheKey, recipeVersion } from '../cache-key.ts';
import { folderBytes } from '../folder-bytes.ts';
import { fileSystemNow } from '../stale-output.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import { SEARCH_INDEX_FOLDER } from '../../site/links/site-paths.ts';

const INDEX_OPTIONS = {
	forceLanguage: 'en',
	excludeSelectors: ['.cite', '.legend', '.verdict__label', '.verdict__status'],
};

/** Only claim pages carry `data-pagefind-body`; reading the timeline and lists too tripled the indexing time. */
const CLAIM_PAGES = `${PAGE_PATHS.claims('*').slice(1)}index.html`;

/**
 * After a build, indexes the claim pages with Pagefind into `dist/pagefind/`: the parts marked `data-pagefind-body`,
 * with their filters and dates, so search runs in the reader's browser with no server and no request leaving the
 * site. The cite box and the status legend repeat on every claim page and are left out, and so are the verdict's
 * label and status words, which the status filter covers. Pagefind cannot update an index, so it is rebuilt whole,
 * unless no claim page was written by this build and the set of them is the one indexed last time.
 */
export function searchIndex(): AstroIntegration {
	let started = 0;
	let recordFile = '';
	return {
		name: 'claims-tracker:search-index',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				started = fileSystemNow(fileURLToPath(config.outDir));
				recordFile = cacheRecordFile(fileURLToPath(config.root), 'searchIndex');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const folder = join(root, SEARCH_INDEX_FOLDER);
				const pages = claimPages(root);
				const signature = cacheKey(
					recipeVersion({ code: [], libraries: ['pagefind'], data: INDEX_OPTIONS }),
					pages
				);
				const unchanged =
					existsSync(folder) &&
					readCacheJson<string>(recordFile) === signature &&
					pages.every((page) => statSync(join(root, page)).mtimeMs < started);
				if (unchanged) {
					logger.info(`Search index: no claim page changed, ${pages.length} pages' index kept`);
					return;
				}
				const timer = performance.now();
				const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: root, glob: CLAIM_PAGES });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				// The site folder is kept between builds; the last index's fragments must not linger beside the new ones.
				rmSync(folder, { recursive: true, force: true });
				const written = await index.writeFiles({ outputPath: folder });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				writeCacheJson(recordFile, signature, 'The search index record');
				// One fragment per indexed page: the pages marked data-pagefind-body, of the claim pages read.
				const indexed = readdirSync(join(folder, 'fragment')).length;
				logger.info(
					`Search index: ${indexed} of ${added.page_count} pages, ${(folderBytes(folder) / 1024).toFixed(0)} KB, ${((performance.now() - timer) / 1000).toFixed(1)} s`
				);
			},
		},
	};
}

/** The claim pages (and renamed claims' redirect pages) in the built site, relative to it, sorted. */
function claimPages(root: string): string[] {
	const base = PAGE_PATHS.claims('').slice(1);
	if (!existsSync(join(root, base))) return [];
	return readdirSync(join(root, base), { withFileTypes: true })
		.filter(
			(entry) => entry.isDirectory() && existsSync(join(root, base, entry.name, 'index.html'))
		)
		.map((entry) => `${base}${entry.name}/index.html`)
		.sort();
}
