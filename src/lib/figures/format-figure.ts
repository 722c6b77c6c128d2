import type { Figure } from './figure.ts';

/** Vague words and the bands they stand for; a vague figure whose band matches one is named by it. */
const VAGUE_BANDS: Array<{ word: string; min: number; max: number }> = [
	{ word: 'dozens', min: 24, max: 99 },
	{ word: 'hundreds', min: 200, max: 999 },
	{ word: 'thousands', min: 2_000, max: 9_999 },
	{ word: 'tens of thousands', min: 20_000, max: 99_999 },
];

/** Formats a figure the way the source put it: "1,500 special operation forces", "more than 2 million rounds". */
export function formatFigure(figure: Figure): string {
	const { value, unit, qualifier, min, max } = figure;
	if (qualifier === 'vague') {
		const band = VAGUE_BANDS.find((candidate) => candidate.min === min && candidate.max === max);
		const range = `${formatNumber(min!)}–${formatNumber(max!)}`;
		return band ? `${band.word} of ${unit} (${range})` : `roughly ${range} ${unit}`;
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
