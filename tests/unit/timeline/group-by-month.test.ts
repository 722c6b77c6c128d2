import { describe, expect, it } from 'vitest';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';
import { groupByMonth } from '../../../src/site/timeline/group-by-month.ts';

function items(...edtfs: string[]) {
	return edtfs.map((edtf) => ({ id: edtf, date: toFuzzyDate(edtf) }));
}

describe('groupByMonth', () => {
	it('groups consecutive items by the month they start in, headed like October 2024', () => {
		const groups = groupByMonth(
			items('2024-09-28/2024-10-03', '2024-10-07/2024-10-11', '2024-10-18', '2024-11')
		);
		expect(
			groups.map((group) => [group.month, group.heading, group.items.map((item) => item.id)])
		).toEqual([
			['2024-09', 'September 2024', ['2024-09-28/2024-10-03']],
			['2024-10', 'October 2024', ['2024-10-07/2024-10-11', '2024-10-18']],
			['2024-11', 'November 2024', ['2024-11']],
		]);
	});

	it('places a year at January and a winter at December', () => {
		expect(groupByMonth(items('2023-24', '2024')).map((group) => group.heading)).toEqual([
			'December 2023',
			'January 2024',
		]);
	});

	it('places an interval with an unknown start at the month of its end', () => {
		expect(groupByMonth(items('/2024-10-18')).map((group) => group.month)).toEqual(['2024-10']);
	});

	it('starts a new group each time the month changes, as the items come', () => {
		expect(
			groupByMonth(items('2024-10-01', '2024-11-01', '2024-10-02')).map((group) => group.month)
		).toEqual(['2024-10', '2024-11', '2024-10']);
	});

	it('keeps the items themselves', () => {
		const [only] = items('2024-10-18');
		expect(groupByMonth([only!])[0]!.items[0]).toBe(only);
	});

	it('returns no groups for no items', () => {
		expect(groupByMonth([])).toEqual([]);
	});
});
