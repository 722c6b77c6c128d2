import { describe, expect, it } from 'vitest';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';
import {
	axisTicks,
	spanGeometry,
	timelineAxis,
	trackGeometry,
} from '../../../src/site/timeline/span-geometry.ts';

const OCTOBER = { first: '2024-10-01', last: '2024-10-31' };

describe('timelineAxis', () => {
	it('covers every bounded day of the dates', () => {
		expect(
			timelineAxis(['2024-10-18', '2024-10-08/2024-10-13', '2024-09'].map(toFuzzyDate))
		).toEqual({ first: '2024-09-01', last: '2024-10-18' });
	});

	it('ignores missing ends', () => {
		expect(timelineAxis(['/2024-10-18', '2024-10-01/..'].map(toFuzzyDate))).toEqual({
			first: '2024-10-01',
			last: '2024-10-18',
		});
	});

	it('covers the whole of a winter', () => {
		expect(timelineAxis([toFuzzyDate('2023-24')])).toEqual({
			first: '2023-12-01',
			last: '2024-02-29',
		});
	});

	it('falls back to 1 January 1970 when there are no dates', () => {
		expect(timelineAxis([])).toEqual({ first: '1970-01-01', last: '1970-01-01' });
	});
});

describe('spanGeometry', () => {
	it('places the first day of a 31-day axis at 0 with a width of one day', () => {
		expect(spanGeometry(toFuzzyDate('2024-10-01'), OCTOBER)).toEqual({
			x: 0,
			width: 3.23,
			openStart: false,
			openEnd: false,
		});
	});

	it('places the last day of the axis at its right edge', () => {
		expect(spanGeometry(toFuzzyDate('2024-10-31'), OCTOBER)).toEqual({
			x: 96.77,
			width: 3.23,
			openStart: false,
			openEnd: false,
		});
	});

	it('spans a whole month axis with a month', () => {
		expect(spanGeometry(toFuzzyDate('2024-10'), OCTOBER)).toEqual({
			x: 0,
			width: 100,
			openStart: false,
			openEnd: false,
		});
	});

	it('spans an interval from its first to its last day inclusive', () => {
		expect(spanGeometry(toFuzzyDate('2024-10-08/2024-10-13'), OCTOBER)).toEqual({
			x: 22.58,
			width: 19.35,
			openStart: false,
			openEnd: false,
		});
	});

	it('gives a single day on a long axis the minimum width of 0.8', () => {
		expect(
			spanGeometry(toFuzzyDate('2024-07-01'), { first: '2024-01-01', last: '2024-12-31' })
		).toEqual({ x: 49.73, width: 0.8, openStart: false, openEnd: false });
	});

	it('keeps a bar for the last day of a long axis inside the axis', () => {
		const { x, width } = spanGeometry(toFuzzyDate('2024-12-31'), {
			first: '2024-01-01',
			last: '2024-12-31',
		});
		expect(x).toBe(99.2);
		expect(x + width).toBeLessThanOrEqual(100);
	});

	it('runs an unknown start from the start of the axis and marks it open', () => {
		expect(spanGeometry(toFuzzyDate('/2024-10-10'), OCTOBER)).toEqual({
			x: 0,
			width: 32.26,
			openStart: true,
			openEnd: false,
		});
	});

	it('runs an open end to the end of the axis and marks it open', () => {
		expect(spanGeometry(toFuzzyDate('2024-10-22/..'), OCTOBER)).toEqual({
			x: 67.74,
			width: 32.26,
			openStart: false,
			openEnd: true,
		});
	});

	it('fills an axis of a single day', () => {
		expect(
			spanGeometry(toFuzzyDate('2024-10-18'), { first: '2024-10-18', last: '2024-10-18' })
		).toEqual({ x: 0, width: 100, openStart: false, openEnd: false });
	});
});

describe('trackGeometry', () => {
	const axis = { first: '2024-01-01', last: '2024-12-31' };
	it('runs from the claim to its last status change, with a mark in the middle of each change’s date', () => {
		const track = trackGeometry(
			toFuzzyDate('2024-01-01'),
			[
				{ date: toFuzzyDate('2024-07-01'), status: 'corroborated' },
				{ date: toFuzzyDate('2024-12-31'), status: 'confirmed' },
			],
			axis
		);
		expect(track.from).toBeLessThan(1);
		expect(track.changes.map((mark) => mark.status)).toEqual(['corroborated', 'confirmed']);
		expect(track.changes[0]!.x).toBeGreaterThan(49);
		expect(track.changes[0]!.x).toBeLessThan(51);
		expect(track.to).toBe(track.changes[1]!.x);
	});

	it('has no length for a claim that never changed status', () => {
		const track = trackGeometry(toFuzzyDate('2024-06'), [], axis);
		expect(track.to).toBe(track.from);
		expect(track.changes).toEqual([]);
	});
});

describe('axisTicks', () => {
	it('puts a gridline at each month the axis crosses, quarters marked, at its share of the axis', () => {
		const ticks = axisTicks({ first: '2024-01-01', last: '2024-12-31' }, 3);
		expect(ticks).toHaveLength(11);
		expect(ticks[0]).toEqual({ x: expect.closeTo(8.47, 1), quarter: false, label: undefined });
		expect(ticks.filter((tick) => tick.quarter).map((tick) => tick.x)).toEqual([
			expect.closeTo(24.86, 1),
			expect.closeTo(49.73, 1),
			expect.closeTo(74.86, 1),
		]);
	});

	it('labels every nth month counted from January, with the year on the first label and on each January', () => {
		const labels = axisTicks({ first: '2023-03-10', last: '2025-09-30' }, 6)
			.filter((tick) => tick.label !== undefined)
			.map((tick) => tick.label);
		expect(labels).toEqual(['Jul 2023', 'Jan 2024', 'Jul', 'Jan 2025', 'Jul']);
	});

	it('has no gridline for an axis within one month', () => {
		expect(axisTicks({ first: '2024-10-03', last: '2024-10-30' }, 3)).toEqual([]);
	});
});
