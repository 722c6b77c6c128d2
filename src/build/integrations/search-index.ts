import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cacheRecordFile } from '../build-cache-dir.ts';
import { readCacheJson, writeCacheJson } from '../cache-files.ts';
import { cacheKey, recipeVersion } from '../cache-key.ts';
import { checkedContent } from '../checked-content.ts';
import { folderBytes } from '../folder-bytes.ts';
import { buildSiteIndex } from '../../site/site-index.ts';
import { SEARCH_INDEX_FOLDER } from '../../site/links/site-paths.ts';
import { searchDocument, searchParts } from '../../site/search/search-parts.ts';

const INDEX_OPTIONS = { forceLanguage: 'en' };

/** Pagefind's ready-made search interfaces, which it writes into every index: the search page has its own. */
const PAGEFIND_UI = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;

/** The key each part of the index was written under last time, by part name. */
type PartKeys = Record<string, string>;

/**
 * After a build, writes the search index into `dist/pagefind/`, one Pagefind index per part of the calendar
 * (src/site/search/search-parts.ts), each from the claims' records rather than their built pages. Pagefind cannot
 * update an index, so a part is written whole, but only a part whose documents changed: an edit to one claim rewrites
 * its part and keeps the rest. Search runs in the reader's browser with no server and no request leaving the site.
 */
export function searchIndex(): AstroIntegration {
	let recordFile = '';
	return {
		name: 'claims-tracker:search-index',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build') return;
				recordFile = cacheRecordFile(fileURLToPath(config.root), 'searchIndex');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const folder = join(fileURLToPath(dir), SEARCH_INDEX_FOLDER);
				const { content } = checkedContent();
				const index = buildSiteIndex(
					content.claims,
					content.claimants,
					content.sources,
					content.places,
					content.measures,
					content.events
				);
				const version = recipeVersion({ code: [], libraries: ['pagefind'], data: INDEX_OPTIONS });
				const before = readCacheJson<PartKeys>(recordFile) ?? {};
				const now: PartKeys = {};
				const timer = performance.now();
				let documenting = 0;
				const written: string[] = [];
				for (const part of searchParts(index)) {
					const started = performance.now();
					const documents = part.claims.map((claim) => searchDocument(claim, index));
					const key = cacheKey(version, documents);
					documenting += performance.now() - started;
					now[part.name] = key;
					const partFolder = join(folder, part.name);
					if (before[part.name] === key && existsSync(partFolder)) continue;
					await writePart(partFolder, documents);
					written.push(part.name);
				}
				// The site folder is kept between builds: parts that no longer exist, and anything else left there, go.
				if (existsSync(folder))
					for (const entry of readdirSync(folder))
						if (!(entry in now)) rmSync(join(folder, entry), { recursive: true, force: true });
				if (written.length > 0) await pagefind.close();
				writeCacheJson(recordFile, now, 'The search index record');
				const parts = Object.keys(now).length;
				logger.info(
					written.length === 0
						? `Search index: no part changed, ${parts} parts kept`
						: `Search index: ${written.length} of ${parts} parts written (${written.join(', ')}), ${index.claims.length} claims, ${(folderBytes(folder) / 1024).toFixed(0)} KB, ${seconds(performance.now() - timer)} (documents and keys ${seconds(documenting)})`
				);
			},
		},
	};
}

/** Writes one part's index afresh: the last one's fragments must not linger beside the new ones. */
async function writePart(
	partFolder: string,
	documents: Array<{ url: string; html: string }>
): Promise<void> {
	const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	await Promise.all(
		documents.map(async (document) => {
			const added = await index.addHTMLFile({ url: document.url, content: document.html });
			if (added.errors.length > 0)
				throw new Error(`Pagefind, ${document.url}: ${added.errors.join('; ')}`);
		})
	);
	rmSync(partFolder, { recursive: true, force: true });
	const output = await index.writeFiles({ outputPath: partFolder });
	if (output.errors.length > 0) throw new Error(`Pagefind: ${output.errors.join('; ')}`);
	await index.deleteIndex();
	for (const file of readdirSync(partFolder))
		if (PAGEFIND_UI.test(file)) rmSync(join(partFolder, file));
}

function seconds(milliseconds: number): string {
	return `${(milliseconds / 1000).toFixed(1)} s`;
}
