import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { timelinePages } from '../../../src/site/timeline/timeline-pages.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

// One claim in 2023, three in October 2024, one in 2025: with two entries to a page, the story is October 2024.
const claimed = ['2023-03-01', '2024-10-08', '2024-10-18', '2024-10-23', '2025-01-13'];
const index = buildSiteIndex(
	claimed.map((date, position) =>
		claimRecord(`claim-${position}`, {
			claimed: date,
			statusHistory: [{ date, status: 'claimed', note: 'First recorded.' }],
		})
	),
	[claimantRecord('nis')],
	[]
);
const main = timelinePages(index, 2).filter((page) => page.view.path === '/timeline/');

describe('timelinePages', () => {
	it('opens a view on its busiest period, not its earliest, and gives every other period its own address', () => {
		const opening = main.find((page) => page.path === '/timeline/')!;
		expect(opening.opening).toBe(true);
		expect(opening.page.label).toBe('October 2024, part 1 of 2');
		expect(opening.page.items.map((entry) => entry.kind)).toEqual(['claim', 'claim']);
		expect(main.map((page) => page.path)).toContain('/timeline/2023/');
		expect(opening.pager.map((link) => link.path)).toEqual([
			'/timeline/2023/',
			'/timeline/',
			'/timeline/2024-10/2/',
			'/timeline/2025/',
		]);
	});

	it("keeps the busiest period's own address as a second address of the same page, canonical at the view's", () => {
		const second = main.find((page) => page.path === '/timeline/2024-10/')!;
		expect(second.canonicalPath).toBe('/timeline/');
		expect(second.page).toEqual(main.find((page) => page.path === '/timeline/')!.page);
		expect(main.filter((page) => page.canonicalPath !== undefined)).toHaveLength(1);
	});

	it('links the overview’s months to where each is shown', () => {
		const october = main[0]!.overview.find((month) => month.month === '2024-10')!;
		expect(october.href).toBe('/timeline/#month-2024-10');
	});
});
