import { LONG_MONTHS, WEEKDAYS } from '../../../../core/dates/calendar-names.ts';

const MONTH_ABBREVIATIONS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];

const COUNT_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
};

/** Regular-expression sources for the parts of dates in news copy, for `u`-flag patterns. */
export const PATTERN = {
	/** Alternatives that may open a sentence: `initialCase('in|since')` also matches "In" and "Since". */
	initialCase,
	// Only capitalised, so "Russia may send" and "a march on Kyiv" stay words.
	month: `(?:${LONG_MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)`,
	weekday: `(?:${WEEKDAYS.join('|')})`,
	// Not the start of "1,500" or "25.5".
	day: '\\d{1,2}(?:st|nd|rd|th)?(?![.,]?\\d)',
	year: '(?:1[89]|20)\\d{2}(?![.,]?\\d)',
	// "a few" and "a couple of" are counted as estimates (see `countOf`).
	count: `(?:[Aa] |[Aa]n )?(?:few|couple of)|${initialCase(Object.keys(COUNT_WORDS).join('|'))}|\\d{1,3}`,
	// Parts of a month or year that still resolve to the whole of it: "early June", "the end of 2025".
	within: '(?:[Ee]arly |[Ll]ate |[Mm]id-|[Mm]id |[Tt]he (?:start|beginning|middle|end) of )',
	/** 1–12 for a month name or abbreviation matched by `month`. */
	monthNumber(name: string): number {
		return LONG_MONTHS.findIndex((month) => month.startsWith(name.slice(0, 3))) + 1;
	},
	/** How many units a `count` match means, and whether the number is only an estimate. */
	countOf(words: string | undefined): { count: number; approximate: boolean } {
		if (words === undefined) return { count: 1, approximate: false };
		const lowered = words.toLowerCase();
		if (lowered.endsWith('few')) return { count: 3, approximate: true };
		if (lowered.endsWith('couple of')) return { count: 2, approximate: true };
		return { count: COUNT_WORDS[lowered] ?? Number(words), approximate: false };
	},
};

function initialCase(words: string): string {
	const alternatives = words
		.split('|')
		.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`);
	return `(?:${alternatives.join('|')})`;
}
