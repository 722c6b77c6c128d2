import type { StatedFigure } from '../schemas/figure.ts';
import { VAGUE_BANDS } from './vague-bands.ts';

/** Formats a figure the way the source put it: "1,500 special operation forces", "more than 2 million rounds". */
export function formatFigure(figure: StatedFigure): string {
	const { value, unit, qualifier, min, max } = figure;
	if (qualifier === 'vague') {
		const band = VAGUE_BANDS.find((candidate) => candidate.min === min && candidate.max === max);
		const range = `${formatNumber(min!)}–${formatNumber(max!)}`;
		// "dozens of troops", but "several hundred troops".
		const of = /(hundred|thousand)$/.test(band?.phrase ?? '') ? '' : ' of';
		return band ? `${band.phrase}${of} ${unit} (${range})` : `roughly ${range} ${unit}`;
	}
	if (qualifier === 'range') {
		const central = value === null ? '' : `, central estimate ${formatNumber(value)}`;
		return `${formatNumber(min!)}–${formatNumber(max!)} ${unit}${central}`;
	}
	const prefix = {
		exact: '',
		about: 'about ',
		nearly: 'nearly ',
		'at-least': 'at least ',
		'more-than': 'more than ',
		'up-to': 'up to ',
	}[qualifier];
	return `${prefix}${formatNumber(value!)} ${unit}`;
}

/** "1,500", "12,000", "2 million", "2.5 million": millions in words, as reporters write them. */
export function formatNumber(value: number): string {
	if (Math.abs(value) >= 1_000_000) return `${NUMBER.format(value / 1_000_000)} million`;
	return NUMBER.format(value);
}

// Building a formatter is far costlier than using one.
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
