import type { ChartMark, Encoding } from './chart-layout.ts';
import { markerPath } from './marker-shapes.ts';

/** A line of the key beside a chart: a small drawing of one way of drawing a mark, and what it means. */
export interface EncodingKeyEntry {
	encoding: Encoding;
	meaning: string;
	/** The sample, drawn in a 24 × 24 box with the same parts as a chart mark, or the spread band's. */
	sample: Pick<ChartMark, 'marker' | 'bar' | 'arrow' | 'whisker'> & { band?: string };
}

/** The key entries for the ways of drawing a chart uses, in the order given; the band says what it stands for. */
export function encodingKey(
	encodings: readonly Encoding[],
	spreadMeaning?: string
): EncodingKeyEntry[] {
	return encodings.map((encoding) => {
		const entry = { encoding, ...ENTRIES[encoding] };
		return encoding === 'spread' && spreadMeaning
			? { ...entry, meaning: `${spreadMeaning}: a shaded band` }
			: entry;
	});
}

const dot = (x: number, y: number) => markerPath('circle', x, y, 10);
const none = { bar: undefined, arrow: undefined, whisker: undefined };

const ENTRIES: Record<Encoding, Omit<EncodingKeyEntry, 'encoding'>> = {
	point: {
		meaning: 'a figure as stated, exact, “about” or “nearly”',
		sample: { ...none, marker: dot(12, 12) },
	},
	range: {
		meaning: 'a range, from its lowest to its highest figure',
		sample: { ...none, marker: dot(12, 12), bar: { kind: 'range', path: 'M9 2h6M12 2V22M9 22h6' } },
	},
	band: {
		meaning: 'a vague figure (“dozens”, “thousands”), as a faint band',
		sample: { ...none, marker: dot(12, 12), bar: { kind: 'band', path: 'M7 2h10V22H7Z' } },
	},
	'more-than': {
		meaning: '“more than” or “at least” the figure: a short arrow upwards',
		sample: {
			...none,
			marker: dot(12, 18),
			bar: { kind: 'more-than', path: 'M12 14V7' },
			arrow: 'M12 1l3.5 7h-7Z',
		},
	},
	'up-to': {
		meaning: '“up to” the figure: a short arrow downwards',
		sample: {
			...none,
			marker: dot(12, 6),
			bar: { kind: 'up-to', path: 'M12 10V17' },
			arrow: 'M12 23l3.5-7h-7Z',
		},
	},
	period: {
		meaning: 'a number over a period (sent in January, killed in a week): a thick line across it',
		sample: {
			...none,
			marker: dot(12, 12),
			whisker: { path: 'M2 12H22', open: false, period: true },
		},
	},
	'date-span': {
		meaning: 'a number at a date known only roughly (a week, a month): a thin line over it',
		sample: {
			...none,
			marker: dot(5, 12),
			whisker: { path: 'M5 9v6M5 12H22M22 9v6', open: false, period: false },
		},
	},
	'date-open': {
		meaning: 'dated with an unknown start (“on or before”) or end: a short dashed line',
		sample: {
			...none,
			marker: dot(19, 12),
			whisker: { path: 'M2 12H19', open: true, period: false },
		},
	},
	spread: {
		meaning: 'a range of estimates: a shaded band',
		sample: { ...none, marker: '', band: 'M1 6H23V18H1Z' },
	},
};
