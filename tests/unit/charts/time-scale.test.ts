import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../src/site/charts/time-scale.ts';

describe('timeScale', () => {
	it('covers the whole month of a single day, with the year under the first month', () => {
		const scale = timeScale(['2024-10-18'], 0, 310, 8);
		expect([scale.start, scale.end]).toEqual(['2024-10-01', '2024-11-01']);
		expect(scale.ticks).toEqual([
			{ x: 0, lines: ['Oct', '2024'] },
			{ x: 310, lines: ['Nov'] },
		]);
	});

	it('places a day at its start, or its end', () => {
		const scale = timeScale(['2024-10-18'], 0, 310, 8);
		expect(scale.toPixel('2024-10-18')).toBe(170);
		expect(scale.toPixel('2024-10-18', 'end')).toBe(180);
		expect(scale.toPixel('2024-10-31', 'end')).toBe(310);
	});

	it('ticks every month when they fit, naming the year again each January', () => {
		const scale = timeScale(['2025-03-02', '2024-10-18'], 0, 600, 8);
		expect(scale.ticks.map((tick) => tick.lines.join(' '))).toEqual([
			'Oct 2024',
			'Nov',
			'Dec',
			'Jan 2025',
			'Feb',
			'Mar',
			'Apr',
		]);
	});

	it('ticks every two months when monthly ticks would be too many', () => {
		const scale = timeScale(['2024-10-18', '2025-03-02'], 0, 300, 4);
		expect(scale.ticks.map((tick) => tick.lines.join(' '))).toEqual([
			'Nov 2024',
			'Jan 2025',
			'Mar',
		]);
	});

	it('ticks by year over several years', () => {
		const scale = timeScale(['2020-02-10', '2024-06-30'], 0, 300, 6);
		expect(scale.ticks.map((tick) => tick.lines)).toEqual([['2021'], ['2022'], ['2023'], ['2024']]);
	});

	it('needs at least one day', () => {
		expect(() => timeScale([], 0, 300, 6)).toThrow(RangeError);
	});
});
