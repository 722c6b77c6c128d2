import { describe, expect, it } from 'vitest';
import { compareFuzzyDates, dateSortKey } from '../../../src/core/dates/date-order.ts';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';

describe('dateSortKey', () => {
	it('places a day at that day', () => {
		expect(dateSortKey(toFuzzyDate('2024-10-18'))).toBe('2024-10-18');
	});

	it('places a month, a year and a season at their first day', () => {
		expect(dateSortKey(toFuzzyDate('2024-10'))).toBe('2024-10-01');
		expect(dateSortKey(toFuzzyDate('2024'))).toBe('2024-01-01');
		expect(dateSortKey(toFuzzyDate('2023-24'))).toBe('2023-12-01');
	});

	it('places an interval at its first day', () => {
		expect(dateSortKey(toFuzzyDate('2024-10-08/2024-10-13'))).toBe('2024-10-08');
	});

	it('places an interval with an unknown start at its last day', () => {
		expect(dateSortKey(toFuzzyDate('/2024-10-18'))).toBe('2024-10-18');
		expect(dateSortKey(toFuzzyDate('../2024-10-18'))).toBe('2024-10-18');
	});

	it('places an interval with an open end at its first day', () => {
		expect(dateSortKey(toFuzzyDate('2024-10-18/..'))).toBe('2024-10-18');
	});
});

describe('compareFuzzyDates', () => {
	function sorted(edtfs: string[]): string[] {
		return edtfs
			.map(toFuzzyDate)
			.sort(compareFuzzyDates)
			.map((date) => date.edtf);
	}

	it('orders by start day', () => {
		expect(sorted(['2024-10-18', '2024-10-08/2024-10-13', '2024-09'])).toEqual([
			'2024-09',
			'2024-10-08/2024-10-13',
			'2024-10-18',
		]);
	});

	it('puts the shorter of two spans with the same start first', () => {
		expect(sorted(['2024', '2024-01', '2024-01-01', '2024-01-01/2024-01-05'])).toEqual([
			'2024-01-01',
			'2024-01-01/2024-01-05',
			'2024-01',
			'2024',
		]);
	});

	it('puts an open end after any bounded span with the same start', () => {
		expect(sorted(['2024-10-18/..', '2024-10-18/2024-10-20'])).toEqual([
			'2024-10-18/2024-10-20',
			'2024-10-18/..',
		]);
	});

	it('returns 0 for dates with the same first and last day', () => {
		expect(compareFuzzyDates(toFuzzyDate('2024-10'), toFuzzyDate('2024-10-01/2024-10-31'))).toBe(0);
	});

	it('returns a negative number when the first date is earlier and a positive one when later', () => {
		expect(compareFuzzyDates(toFuzzyDate('2024-10-17'), toFuzzyDate('2024-10-18'))).toBeLessThan(0);
		expect(compareFuzzyDates(toFuzzyDate('2024-10-19'), toFuzzyDate('2024-10-18'))).toBeGreaterThan(
			0
		);
	});

	it('orders an unknown start by its last day among other dates', () => {
		expect(sorted(['2024-10-20', '/2024-10-18', '2024-10-01'])).toEqual([
			'2024-10-01',
			'/2024-10-18',
			'2024-10-20',
		]);
	});

	it('places a winter after the autumn of the same year', () => {
		expect(sorted(['2024-24', '2024-23', '2025-01'])).toEqual(['2024-23', '2024-24', '2025-01']);
	});
});
