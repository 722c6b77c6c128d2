import { describe, expect, it } from 'vitest';
import { CLAIMS_PAGE_SIZE, claimsListPages } from '../../../src/site/claims-list-pages.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const history = (...changes: Array<[string, string]>) =>
	changes.map(([date, status]) => ({ date, status, note: 'Recorded.' }));

const index = buildSiteIndex(
	[
		claimRecord('old-confirmed', {
			claimed: '2023',
			status: 'confirmed',
			statusHistory: history(['2023', 'claimed'], ['2025-03-01', 'confirmed']),
		}),
		claimRecord('october-a', { claimed: '2024-10-18' }),
		claimRecord('october-b', { claimed: '2024-10-23' }),
		claimRecord('november-disputed', {
			claimed: '2024-11-12',
			status: 'disputed',
			statusHistory: history(['2024-11-12', 'claimed'], ['2024-11-20', 'disputed']),
		}),
		claimRecord('opinion', { claimed: '2024-10-20', kind: 'opinion' }),
		// Said on or before 18 Oct 2024: an interval with an open start, grouped by the day it is known by.
		claimRecord('by-october-18', { claimed: '/2024-10-18' }),
		claimRecord('sometime-2024', { claimed: '2024', statusHistory: history(['2024', 'claimed']) }),
	],
	[claimantRecord('nis', { shortName: 'NIS' })],
	[],
	[],
	[],
	[],
	'2026-12-07'
);
const pages = claimsListPages(index);
const order = (path: string) => pages.find((page) => page.path === path)!.view;
const ids = (path: string) =>
	order(path).groups.flatMap((group) => group.rows.map((row) => row.id));

describe('claimsListPages', () => {
	it('lists every claim in three orders, each at its own address', () => {
		expect(pages.map((page) => page.path)).toEqual([
			'/claims/',
			'/claims/sorted/by-change/',
			'/claims/sorted/by-status/',
		]);
		for (const { path } of pages)
			expect(ids(path).sort()).toEqual(index.claims.map((c) => c.id).sort());
	});

	it('orders /claims/ newest said first, grouped by month, a year-only date under its year', () => {
		expect(
			order('/claims/').groups.map((group) => [group.heading, group.rows.map((row) => row.id)])
		).toEqual([
			['November 2024', ['november-disputed']],
			['October 2024', ['october-b', 'opinion', 'by-october-18', 'october-a']],
			['2024', ['sometime-2024']],
			['2023', ['old-confirmed']],
		]);
	});

	it('orders by the latest change (a new status or evidence), saying when as the record does', () => {
		expect(ids('/claims/sorted/by-change/').slice(0, 2)).toEqual([
			'old-confirmed',
			'november-disputed',
		]);
		const rows = order('/claims/sorted/by-change/').groups.flatMap((group) => group.rows);
		expect(rows[0]!.changed).toBe('2025-03-01');
		// A claim that never changed shows when it was said, not a day made up from it.
		expect(rows.find((row) => row.id === 'sometime-2024')!.changed).toBe('2024');
	});

	it('groups by status in the scale’s order, opinions last', () => {
		const headings = order('/claims/sorted/by-status/').groups.map((group) => group.heading);
		expect(headings[0]).toBe('Claimed');
		expect(headings.at(-1)).toBe('Not rated (opinions)');
		expect(headings).toContain('Disputed');
	});

	it('gives each row what a reader scans for: title, status, claimant, date', () => {
		const row = order('/claims/').groups[0]!.rows[0]!;
		expect(row).toMatchObject({
			href: '/claims/november-disputed/',
			status: 'disputed',
			claimant: { shortName: 'NIS', href: '/claimants/nis/' },
			said: '2024-11-12',
		});
	});

	it('pages a long list, each order at its own addresses, every page saying how many pages there are', () => {
		const many = buildSiteIndex(
			Array.from({ length: CLAIMS_PAGE_SIZE + 1 }, (_, n) =>
				claimRecord(`claim-${n}`, { claimed: `2024-10-${String((n % 28) + 1).padStart(2, '0')}` })
			),
			[claimantRecord('nis')],
			[]
		);
		const paged = claimsListPages(many);
		expect(paged.map((page) => page.path)).toEqual([
			'/claims/',
			'/claims/page/2/',
			'/claims/sorted/by-change/',
			'/claims/sorted/by-change/page/2/',
			'/claims/sorted/by-status/',
			'/claims/sorted/by-status/page/2/',
		]);
		expect(paged.map((page) => [page.view.pageNumber, page.view.pageCount])).toEqual([
			[1, 2],
			[2, 2],
			[1, 2],
			[2, 2],
			[1, 2],
			[2, 2],
		]);
		expect(paged[1]!.view.groups.flatMap((group) => group.rows)).toHaveLength(1);
	});
});
