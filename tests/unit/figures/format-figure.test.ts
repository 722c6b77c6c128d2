import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../../src/core/figures/format-figure.ts';

describe('formatNumber', () => {
	it('writes small numbers as they are', () => {
		expect(formatNumber(0)).toBe('0');
		expect(formatNumber(7)).toBe('7');
	});

	it('groups thousands with commas', () => {
		expect(formatNumber(1500)).toBe('1,500');
		expect(formatNumber(12000)).toBe('12,000');
		expect(formatNumber(999999)).toBe('999,999');
	});

	it('writes whole millions as 2 million', () => {
		expect(formatNumber(1_000_000)).toBe('1 million');
		expect(formatNumber(2_000_000)).toBe('2 million');
	});

	it('writes fractional millions as 2.5 million', () => {
		expect(formatNumber(2_500_000)).toBe('2.5 million');
	});

	it('rounds millions to two decimal places', () => {
		expect(formatNumber(1_234_567)).toBe('1.23 million');
	});

	it('writes a thousand million as 1,000 million', () => {
		expect(formatNumber(1_000_000_000)).toBe('1,000 million');
	});

	it('rounds fractions to two decimal places', () => {
		expect(formatNumber(12.345)).toBe('12.35');
	});

	it('keeps the sign of negative numbers', () => {
		expect(formatNumber(-1500)).toBe('-1,500');
		expect(formatNumber(-2_000_000)).toBe('-2 million');
	});
});

describe('formatFigure', () => {
	it('formats an exact figure as 1,500 special operation forces', () => {
		expect(
			formatFigure({ value: 1500, unit: 'special operation forces', qualifier: 'exact' })
		).toBe('1,500 special operation forces');
	});

	it('formats a more-than figure as more than 2 million rounds', () => {
		expect(formatFigure({ value: 2_000_000, unit: 'rounds', qualifier: 'more-than' })).toBe(
			'more than 2 million rounds'
		);
	});

	it('formats an exact figure of 2,500,000 as 2.5 million', () => {
		expect(formatFigure({ value: 2_500_000, unit: 'shells', qualifier: 'exact' })).toBe(
			'2.5 million shells'
		);
	});

	it('formats an about figure as about 50 troops', () => {
		expect(formatFigure({ value: 50, unit: 'troops', qualifier: 'about' })).toBe('about 50 troops');
	});

	it('formats an up-to figure as up to 12,000 troops', () => {
		expect(formatFigure({ value: 12000, unit: 'troops', qualifier: 'up-to' })).toBe(
			'up to 12,000 troops'
		);
	});

	it('formats a range without a central value as 10,000–12,000 troops', () => {
		expect(
			formatFigure({ value: null, unit: 'troops', qualifier: 'range', min: 10000, max: 12000 })
		).toBe('10,000–12,000 troops');
	});

	it('formats a range with a central value and names it the central estimate', () => {
		expect(
			formatFigure({ value: 11000, unit: 'troops', qualifier: 'range', min: 10000, max: 12000 })
		).toBe('10,000–12,000 troops, central estimate 11,000');
	});

	it('formats a range in millions', () => {
		expect(
			formatFigure({
				value: null,
				unit: 'rounds',
				qualifier: 'range',
				min: 1_000_000,
				max: 1_500_000,
			})
		).toBe('1 million–1.5 million rounds');
	});

	it('names a vague band of 24–99 as dozens', () => {
		expect(
			formatFigure({ value: null, unit: 'KN-23 strikes', qualifier: 'vague', min: 24, max: 99 })
		).toBe('dozens of KN-23 strikes (24–99)');
	});

	it('names a vague band of 200–999 as hundreds', () => {
		expect(
			formatFigure({ value: null, unit: 'engineers', qualifier: 'vague', min: 200, max: 999 })
		).toBe('hundreds of engineers (200–999)');
	});

	it('names a vague band of 300–999 as several hundred, and 2,000–2,999 as a couple of thousand, without “of”', () => {
		expect(
			formatFigure({ value: null, unit: 'casualties', qualifier: 'vague', min: 300, max: 999 })
		).toBe('several hundred casualties (300–999)');
		expect(
			formatFigure({ value: null, unit: 'troops', qualifier: 'vague', min: 2000, max: 2999 })
		).toBe('a couple of thousand troops (2,000–2,999)');
	});

	it('names a vague band of 2,000–9,999 as thousands', () => {
		expect(
			formatFigure({ value: null, unit: 'troops', qualifier: 'vague', min: 2000, max: 9999 })
		).toBe('thousands of troops (2,000–9,999)');
	});

	it('names a vague band of 20,000–99,999 as tens of thousands', () => {
		expect(
			formatFigure({ value: null, unit: 'troops', qualifier: 'vague', min: 20000, max: 99999 })
		).toBe('tens of thousands of troops (20,000–99,999)');
	});

	it('formats a vague band with no name as roughly 30–60 troops', () => {
		expect(
			formatFigure({ value: null, unit: 'troops', qualifier: 'vague', min: 30, max: 60 })
		).toBe('roughly 30–60 troops');
	});

	it('does not name a band that matches only one bound of a named one', () => {
		expect(
			formatFigure({ value: null, unit: 'strikes', qualifier: 'vague', min: 24, max: 100 })
		).toBe('roughly 24–100 strikes');
	});
});
