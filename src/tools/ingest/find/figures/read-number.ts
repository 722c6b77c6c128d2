import { readNumeral, type Numeral } from './read-numeral.ts';
import { VAGUE_BANDS } from '../../../../core/figures/vague-bands.ts';
import type { Token } from './tokenise.ts';

/** How the words after a number say what it counts. */
export type Reading = 'count' | 'vague' | 'fraction' | 'percent' | 'money';

/** A number, range or vague band found at a token, before its unit is read. */
export interface NumberCore {
	first: number;
	last: number;
	reading: Reading;
	/** null for a range or band, which min and max describe. */
	value: number | null;
	min: number | undefined;
	max: number | undefined;
	roughly: boolean;
	currency: string | undefined;
	/** Digits as written with nothing scaling or marking them, one per bound. */
	plain: string[];
	cardinalWords: boolean;
}

// Longest first, so "tens of thousands" is not read as "tens" nor "several hundred" as "hundred".
const BANDS = VAGUE_BANDS.map(({ phrase, min, max }) => ({
	words: phrase.split(' '),
	min,
	max,
})).sort((one, other) => other.words.length - one.words.length);
const NUMERATORS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
const DENOMINATORS: Record<string, number> = {
	half: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
};

/** Reads the number, range, share or vague band that starts at token `first`, if one does. */
export function readNumber(tokens: readonly Token[], first: number): NumberCore | null {
	return (
		readBand(tokens, first) ?? readFraction(tokens, first) ?? readNumeralOrRange(tokens, first)
	);
}

function readBand(tokens: readonly Token[], first: number): NumberCore | null {
	const band = BANDS.find(({ words }) =>
		words.every((word, offset) => tokens[first + offset]?.lower === word)
	);
	if (!band) return null;
	const last = first + band.words.length - 1;
	return { ...blankCore(first, last, 'vague'), min: band.min, max: band.max };
}

const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1_000,
	million: 1_000_000,
	billion: 1_000_000_000,
};

/**
 * "half", "a third", "two-thirds", "three quarters": a share, stored as a percentage; but "a quarter of a million"
 * is a count (250,000), the share of a number.
 */
function readFraction(tokens: readonly Token[], first: number): NumberCore | null {
	const spelled = spellFraction(tokens, first);
	if (!spelled) return null;
	const top = NUMERATORS[spelled.numerator];
	const bottom = DENOMINATORS[spelled.denominator];
	if (top === undefined || bottom === undefined || top >= bottom) return null;
	const { last } = spelled;
	const scale =
		tokens[last + 1]?.lower === 'of' && ['a', 'an', 'one'].includes(tokens[last + 2]?.lower ?? '')
			? SCALES[tokens[last + 3]?.lower ?? '']
			: undefined;
	if (scale !== undefined)
		return {
			...blankCore(first, last + 3, 'count'),
			value: Math.round((top / bottom) * scale),
			// A round share of a round number in words is an approximation, as "a million" is.
			roughly: true,
			cardinalWords: true,
		};
	const share = Math.round((top / bottom) * 1000) / 10;
	return { ...blankCore(first, last, 'fraction'), value: share };
}

function spellFraction(
	tokens: readonly Token[],
	first: number
): { numerator: string; denominator: string; last: number } | null {
	const word = tokens[first]?.lower ?? '';
	const next = tokens[first + 1]?.lower ?? '';
	const [numerator = '', denominator = '', ...rest] = word.split('-');
	if (denominator !== '') return rest.length === 0 ? { numerator, denominator, last: first } : null;
	// "half a dozen" and "half a million" are counts, read as numerals.
	if (word === 'half')
		return next === 'a' ? null : { numerator: 'one', denominator: 'half', last: first };
	return { numerator: word, denominator: next, last: first + 1 };
}

function readNumeralOrRange(tokens: readonly Token[], first: number): NumberCore | null {
	const low = readNumeral(tokens, first);
	if (!low) return null;
	const between = tokens[first - 1]?.lower === 'between';
	const link = tokens[low.last + 1]?.lower ?? '';
	const links = between ? ['and', 'to', '-', '–'] : ['to', '-', '–'];
	const high = links.includes(link) ? readNumeral(tokens, low.last + 2) : null;
	// "from 300 to 1,500" and "by 300 to 1,500" describe a change, not a range.
	const change = ['from', 'by'].includes(tokens[first - 1]?.lower ?? '');
	if (!high || change) return coreOf(low);
	const lowValue =
		low.scale === 0 && high.scale > 0 && low.value < high.value / 10 ** high.scale
			? Number(`${low.value}e${high.scale}`)
			: low.value;
	if (lowValue >= high.value) return coreOf(low);
	return {
		...coreOf(high),
		first: between ? first - 1 : first,
		value: null,
		min: lowValue,
		max: high.value,
		reading: readingOf({
			...high,
			percent: low.percent || high.percent,
			currency: low.currency ?? high.currency,
		}),
		currency: low.currency ?? high.currency,
		plain: [low.plain, high.plain].filter((plain) => plain !== undefined),
		cardinalWords: low.cardinalWords,
	};
}

function coreOf(numeral: Numeral): NumberCore {
	return {
		...blankCore(numeral.first, numeral.last, readingOf(numeral)),
		value: numeral.value,
		roughly: numeral.roughly,
		currency: numeral.currency,
		plain: numeral.plain === undefined ? [] : [numeral.plain],
		cardinalWords: numeral.cardinalWords,
	};
}

function readingOf(numeral: Pick<Numeral, 'percent' | 'currency'>): Reading {
	if (numeral.percent) return 'percent';
	return numeral.currency === undefined ? 'count' : 'money';
}

function blankCore(first: number, last: number, reading: Reading): NumberCore {
	return {
		first,
		last,
		reading,
		value: null,
		min: undefined,
		max: undefined,
		roughly: false,
		currency: undefined,
		plain: [],
		cardinalWords: false,
	};
}
