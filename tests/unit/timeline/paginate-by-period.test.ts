import { describe, expect, it } from 'vitest';
import { toFuzzyDate } from '../../../src/lib/dates/fuzzy-date.ts';
import { paginateByPeriod } from '../../../src/lib/timeline/paginate-by-period.ts';

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
		const items = [
			item('2024-10-08/2024-10-13'),
			item('2024-10-18'),
			item('2024-10-23'),
			item('2024-11-04'),
			item('2025-01-09'),
		];
		expect(
			paginateByPeriod(items, 2).map((page) => [page.key, page.label, page.items.length])
		).toEqual([
			['2024-10', 'October 2024', 3],
			['2024-11', 'November 2024', 1],
			['2025', '2025', 1],
		]);
	});
});
