import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../src/site/charts/linear-scale.ts';

describe('linearScale', () => {
	it('rounds 12,000 up to 12,500 in steps of 2,500', () => {
		expect(linearScale(12_000, 200, 0).ticks).toEqual([0, 2_500, 5_000, 7_500, 10_000, 12_500]);
	});

	it('rounds 2.3 million up to 2.5 million in steps of 500,000', () => {
		const scale = linearScale(2_300_000, 200, 0);
		expect(scale.max).toBe(2_500_000);
		expect(scale.ticks).toHaveLength(6);
	});

	it('keeps a maximum that is already round, in the fewest ticks', () => {
		expect(linearScale(1_500, 200, 0).ticks).toEqual([0, 500, 1_000, 1_500]);
		expect(linearScale(100, 200, 0).ticks).toEqual([0, 25, 50, 75, 100]);
	});

	it('gives 4 to 6 whole-number ticks from 0 for any largest value', () => {
		for (const largest of [
			0, 1, 7, 13, 99, 101, 999, 4_321, 33_333, 87_654, 1_234_567, 9_999_999,
		]) {
			const { ticks, max } = linearScale(largest, 200, 0);
			expect(ticks.length, `ticks for ${largest}`).toBeGreaterThanOrEqual(4);
			expect(ticks.length, `ticks for ${largest}`).toBeLessThanOrEqual(6);
			expect(ticks[0]).toBe(0);
			expect(ticks.at(-1)).toBe(max);
			expect(max).toBeGreaterThanOrEqual(largest);
			expect(ticks.every(Number.isInteger)).toBe(true);
		}
	});

	it('maps 0 to the bottom pixel and the maximum to the top one', () => {
		const scale = linearScale(12_000, 200, 20);
		expect(scale.toPixel(0)).toBe(200);
		expect(scale.toPixel(12_500)).toBe(20);
		expect(scale.toPixel(6_250)).toBe(110);
	});
});
