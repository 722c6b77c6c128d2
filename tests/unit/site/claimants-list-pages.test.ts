import { describe, expect, it } from 'vitest';
import {
	CLAIMANTS_PAGE_SIZE,
	claimantsListPages,
} from '../../../src/site/claimants/claimants-list-pages.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

/** `count` claimants; claimant n made n rated claims and, when n is even, one opinion. */
function siteWith(count: number) {
	const claimants = Array.from({ length: count }, (_, n) =>
		claimantRecord(`claimant-${n}`, { name: `Claimant ${String(n).padStart(3, '0')}` })
	);
	const claims = claimants.flatMap((claimant, n) => [
		...Array.from({ length: n }, (_, k) =>
			claimRecord(`${claimant.id}-fact-${k}`, { claimant: claimant.id })
		),
		...(n % 2 === 0
			? [claimRecord(`${claimant.id}-opinion`, { claimant: claimant.id, kind: 'opinion' })]
			: []),
	]);
	return buildSiteIndex(claims, claimants, []);
}

describe('claimantsListPages', () => {
	it('lists every claimant once, those with the most rated claims first, pages of the set size at their own addresses', () => {
		const count = CLAIMANTS_PAGE_SIZE + 5;
		const pages = claimantsListPages(siteWith(count));
		expect(pages.map((page) => page.path)).toEqual(['/claimants/', '/claimants/page/2/']);
		expect(pages.map((page) => page.view.rows.length)).toEqual([CLAIMANTS_PAGE_SIZE, 5]);
		const rated = pages.flatMap((page) => page.view.rows.map((row) => row.record.rated));
		expect(rated).toEqual(Array.from({ length: count }, (_, n) => count - 1 - n));
		expect(pages.map((page) => [page.view.pageNumber, page.view.pageCount])).toEqual([
			[1, 2],
			[2, 2],
		]);
	});

	it('draws every page’s bars to one scale, the most rated claims of anyone, and says who each claimant is', () => {
		const pages = claimantsListPages(siteWith(CLAIMANTS_PAGE_SIZE + 5));
		expect(new Set(pages.map((page) => page.view.most))).toEqual(
			new Set([CLAIMANTS_PAGE_SIZE + 4])
		);
		const last = pages.at(-1)!.view.rows.at(-1)!;
		expect(last).toMatchObject({
			href: '/claimants/claimant-0/',
			name: 'Claimant 000',
			shortName: 'CLAIMANT-0',
			note: 'Intelligence agency',
			record: { rated: 0, opinions: 1 },
		});
	});

	it('gives one page, scaled to one claim at least, to a site with no rated claims', () => {
		const pages = claimantsListPages(siteWith(1));
		expect(pages).toHaveLength(1);
		expect(pages[0]!.view).toMatchObject({ most: 1, pageNumber: 1, pageCount: 1 });
	});
});
