import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	propsHash,
	readsKey,
	recordingIndex,
	type IndexRead,
} from '../../../src/build/page-cache/page-reads.ts';
import {
	pageIndex,
	savePageReads,
	startPageReads,
	withReadKeys,
} from '../../../src/build/page-cache/page-reads-store.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const claimants = [claimantRecord('nis'), claimantRecord('kremlin')];
const indexOf = (title: string) =>
	buildSiteIndex(
		[
			claimRecord('a', { claimant: 'nis', title }),
			claimRecord('b', { claimant: 'kremlin', title: 'B' }),
		],
		claimants,
		[],
		[],
		[],
		[],
		'2025-01-01'
	);

describe('recordingIndex', () => {
	it('records each distinct read once, lookups with their arguments, and answers as the index does', async () => {
		const index = indexOf('A');
		const reads: IndexRead[] = [];
		const page = recordingIndex(index, reads);
		expect(page.claimsBy('nis')).toEqual(index.claimsBy('nis'));
		page.claimsBy('nis');
		expect(page.claimant('kremlin').id).toBe('kremlin');
		expect(page.asOf).toBe('2025-01-01');
		// Awaiting the index asks for `then`, which is not content.
		await Promise.resolve(page);
		expect(reads).toEqual([['claimsBy', 'nis'], ['claimant', 'kremlin'], ['asOf']]);
	});
});

describe('readsKey', () => {
	const props = propsHash({ page: 1 });
	it('changes when the answer to a read changes, not when a record the page did not read does', () => {
		const before = indexOf('A');
		const retitled = indexOf('A, retitled');
		const readsA: IndexRead[] = [['claim', 'a']];
		const readsB: IndexRead[] = [['claim', 'b']];
		expect(readsKey(retitled, props, readsA)).not.toBe(readsKey(before, props, readsA));
		expect(readsKey(retitled, props, readsB)).toBe(readsKey(before, props, readsB));
		expect(readsKey(before, propsHash({ page: 2 }), readsB)).not.toBe(
			readsKey(before, props, readsB)
		);
	});

	it('answers a lookup of a record that is gone with a difference, not an error', () => {
		const reads: IndexRead[] = [['claim', 'gone']];
		expect(() => readsKey(indexOf('A'), props, reads)).not.toThrow();
		expect(readsKey(indexOf('A'), props, reads)).not.toBe(readsKey(indexOf('A'), props, []));
	});

	it('refuses props a hash cannot see into', () => {
		expect(() => propsHash({ seen: new Set(['a']) })).toThrow(/cannot hash Set/);
		expect(() => propsHash({ index: indexOf('A') })).toThrow(/cannot hash a function/);
	});
});

describe('pages', () => {
	// Reads made through the plain index would be missing from the page's cache key, and the page could go stale.
	it('render from loadPageIndex; loadSiteIndex serves only getStaticPaths and endpoints', () => {
		const astroFiles = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
			readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.astro'))
				.map((file) => join(dir, file))
		);
		const rendering = astroFiles.filter((file) =>
			readFileSync(file, 'utf8').includes('loadPageIndex(Astro)')
		);
		expect(rendering.length).toBeGreaterThan(10);
		for (const file of astroFiles) {
			const text = readFileSync(file, 'utf8');
			const outsideGetStaticPaths = text.replace(
				/export const getStaticPaths = [\s\S]*?\) satisfies GetStaticPaths;/,
				''
			);
			expect(outsideGetStaticPaths, file).not.toMatch(/loadSiteIndex\(|getCollection\(/);
		}
	});
});

describe('withReadKeys', () => {
	it('gives a page it has no reads for a key no stored copy can match, a new one each build', () => {
		const root = mkdtempSync(join(tmpdir(), 'page-reads-'));
		process.env['CLAIMS_CACHE_DIR'] = join(root, 'cache');
		try {
			const keysOfOneBuild = () => {
				startPageReads(root);
				const [entry] = withReadKeys('/claims/[id]', indexOf('A'), [{ params: { id: 'a' } }]);
				return entry!.cacheKey;
			};
			// Without reads (a first build, or the file removed after a failed one) props alone must not match.
			expect(keysOfOneBuild()).not.toBe(keysOfOneBuild());
		} finally {
			delete process.env['CLAIMS_CACHE_DIR'];
		}
	});

	it('keeps a page copied only through builds that finish: a killed build leaves no entries behind', () => {
		const root = mkdtempSync(join(tmpdir(), 'page-reads-'));
		process.env['CLAIMS_CACHE_DIR'] = join(root, 'cache');
		const page = { routePattern: '/claims/[id]', params: { id: 'a' } };
		const index = indexOf('A');
		const keyOfPage = () => withReadKeys(page.routePattern, index, [page])[0]!.cacheKey;
		try {
			startPageReads(root);
			const rendered = keyOfPage();
			pageIndex(index, page).claim('a');
			savePageReads();
			startPageReads(root);
			expect(keyOfPage()).toBe(rendered);
			// This build is killed before it saves: its entries are gone, so the next one renders the page.
			startPageReads(root);
			expect(keyOfPage()).not.toBe(rendered);
		} finally {
			delete process.env['CLAIMS_CACHE_DIR'];
		}
	});
});
