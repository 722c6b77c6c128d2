import { describe, expect, it } from 'vitest';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';
import { paginateByPeriod } from '../../../src/site/timeline/paginate-by-period.ts';

const item = (edtf: string) => ({ date: toFuzzyDate(edtf) });

describe('paginateByPeriod', () => {
	it('keeps a short timeline on one page', () => {
		const items = [item('2024-10-18'), item('2025-01-09')];
		expect(paginateByPeriod(items, 5)).toEqual([{ key: '', label: 'All dates', items }]);
	});

	it('splits a long timeline by year', () => {
		const items = [item('2023-24'), item('2024-06'), item('2024-10-18'), item('2025-04-26')];
		expect(
			paginateByPeriod(items, 2).map((page) => [page.key, page.label, page.items.length])
		).toEqual([
			['2023', '2023', 1],
			['2024', '2024', 2],
			['2025', '2025', 1],
		]);
	});

	it('splits a year that is still too long by month', () => {
		const items = [item('2024-10-18'), item('2024-10-23'), item('2024-11-04'), item('2025-01-09')];
		expect(
			paginateByPeriod(items, 2).map((page) => [page.key, page.label, page.items.length])
		).toEqual([
			['2024-10', 'October 2024', 2],
			['2024-11', 'November 2024', 1],
			['2025', '2025', 1],
		]);
	});

	it('splits a month that is still too long into numbered parts, in date order', () => {
		const items = [
			item('2024-10-08/2024-10-13'),
			item('2024-10-18'),
			item('2024-10-23'),
			item('2024-10-30'),
			item('2024-10-31'),
			item('2024-11-04'),
		];
		const pages = paginateByPeriod(items, 2);
		expect(pages.map((page) => [page.key, page.label, page.items.length])).toEqual([
			['2024-10', 'October 2024, part 1 of 3', 2],
			['2024-10/2', 'October 2024, part 2 of 3', 2],
			['2024-10/3', 'October 2024, part 3 of 3', 1],
			['2024-11', 'November 2024', 1],
		]);
		expect(pages.flatMap((page) => page.items)).toEqual(items);
	});
});
