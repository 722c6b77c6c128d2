import type { Token } from './tokenise.ts';

/** One number as written, in digits ("1,500", "$2bn", "40%") or words ("four", "a dozen", "two million"). */
export interface Numeral {
	first: number;
	last: number;
	value: number;
	/** The power of ten a suffix or word scaled it by ("2m", "3 billion"); 0 when written in full. */
	scale: number;
	/** Stated loosely: "a dozen", "a hundred", "half a million". */
	roughly: boolean;
	percent: boolean;
	currency: string | undefined;
	/** The digits as written when nothing scales or marks them ("2019", "12.35"), to tell years, dates and times. */
	plain: string | undefined;
	/** Written as a cardinal word ("two", "twenty-five"), which reads as a back-reference after "the". */
	cardinalWords: boolean;
}

// A leading zero ("020", "007") marks a code or phone number, never a count.
const DIGITS = /^(?!0\d)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(m|mn|bn|k|tn|pc)?$/i;
const SUFFIX_SCALES: Record<string, number> = { k: 3, m: 6, mn: 6, bn: 9, tn: 12 };
const LARGE_SCALES: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
const CURRENCIES: Record<string, string> = { $: 'dollars', '£': 'pounds', '€': 'euros' };
const UNITS = wordValues(
	'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
	1
);
const TENS = wordValues('twenty thirty forty fifty sixty seventy eighty ninety', 10);

/** Reads the number that starts at token `first`, if one does. */
export function readNumeral(tokens: readonly Token[], first: number): Numeral | null {
	return readDigits(tokens, first) ?? readWords(tokens, first);
}

function readDigits(tokens: readonly Token[], first: number): Numeral | null {
	const currency = readCurrency(tokens, first);
	const at = first + (currency?.length ?? 0);
	const token = tokens[at];
	if (!token || (currency && token.spaced)) return null;
	const match = DIGITS.exec(token.text);
	if (!match) return null;
	const [, whole = '', fraction = '', suffix = ''] = match;
	let last = at;
	let scale = SUFFIX_SCALES[suffix.toLowerCase()] ?? 0;
	const scaleWord = scaleAfter(tokens, at, LARGE_SCALES);
	if (suffix === '' && scaleWord !== undefined) {
		scale = scaleWord.scale;
		last = scaleWord.last;
	}
	const percentEnd = suffix.toLowerCase() === 'pc' ? last : readPercent(tokens, last);
	const marked = scale > 0 || percentEnd !== undefined || currency !== undefined;
	return {
		first,
		last: percentEnd ?? last,
		value: Number(`${whole.replaceAll(',', '')}${fraction}e${scale}`),
		scale,
		roughly: false,
		percent: percentEnd !== undefined,
		currency: currency?.name,
		plain: marked ? undefined : whole + fraction,
		cardinalWords: false,
	};
}

function readCurrency(
	tokens: readonly Token[],
	at: number
): { name: string; length: number } | undefined {
	const next = tokens[at + 1];
	if (tokens[at]?.text === 'US' && next?.text === '$' && !next.spaced)
		return { name: 'dollars', length: 2 };
	const name = CURRENCIES[tokens[at]?.text ?? ''];
	return name === undefined ? undefined : { name, length: 1 };
}

function readWords(tokens: readonly Token[], first: number): Numeral | null {
	const base = readBase(tokens, first);
	if (!base) return null;
	let { value, last } = base;
	let roughly = !base.cardinal;
	if (tokens[last + 1]?.lower === 'dozen') {
		value *= 12;
		last += 1;
		roughly = true;
	}
	const hundred = scaleAfter(tokens, last, { hundred: 2 });
	if (hundred !== undefined) {
		value *= 100;
		last = hundred.last;
		// "two hundred and fifty"
		const rest = tokens[last + 1]?.lower === 'and' ? readBase(tokens, last + 2) : null;
		if (rest?.cardinal && rest.value < 100) {
			value += rest.value;
			last = rest.last;
		}
	}
	const scale = scaleAfter(tokens, last, LARGE_SCALES);
	if (scale !== undefined) {
		value *= 10 ** scale.scale;
		last = scale.last;
	}
	// "a" and "half a" are numbers only before a dozen, a hundred or a larger scale.
	if (!base.cardinal && last === base.last) return null;
	const percentEnd = readPercent(tokens, last);
	return {
		first,
		last: percentEnd ?? last,
		value,
		scale: 0,
		roughly,
		percent: percentEnd !== undefined,
		currency: undefined,
		plain: undefined,
		cardinalWords: base.cardinal,
	};
}

function readBase(
	tokens: readonly Token[],
	first: number
): { value: number; last: number; cardinal: boolean } | null {
	const word = tokens[first]?.lower ?? '';
	if (word === 'a' || word === 'an') return { value: 1, last: first, cardinal: false };
	if (word === 'half' && tokens[first + 1]?.lower === 'a')
		return { value: 0.5, last: first + 1, cardinal: false };
	const [tens = '', unit = ''] = word.split('-');
	if (TENS[tens] !== undefined && UNITS[unit] !== undefined && UNITS[unit] < 10) {
		return { value: TENS[tens] + UNITS[unit], last: first, cardinal: true };
	}
	if (UNITS[word] !== undefined) return { value: UNITS[word], last: first, cardinal: true };
	if (TENS[word] === undefined) return null;
	const following = UNITS[tokens[first + 1]?.lower ?? ''];
	return following !== undefined && following < 10
		? { value: TENS[word] + following, last: first + 1, cardinal: true }
		: { value: TENS[word], last: first, cardinal: true };
}

/** A scale word right after `last`, or joined to it by a hyphen ("ten-thousand", "15-thousand"): its power and last token. */
function scaleAfter(
	tokens: readonly Token[],
	last: number,
	scales: Record<string, number>
): { scale: number; last: number } | undefined {
	const hyphen = /^[-–]$/.test(tokens[last + 1]?.text ?? '') && !tokens[last + 1]!.spaced;
	const at = hyphen ? last + 2 : last + 1;
	if (hyphen && tokens[at]?.spaced) return undefined;
	const scale = scales[tokens[at]?.lower ?? ''];
	return scale === undefined ? undefined : { scale, last: at };
}

/** The last token of a percent sign or word right after `last` ("%", "percent", "per cent"). */
function readPercent(tokens: readonly Token[], last: number): number | undefined {
	const next = tokens[last + 1]?.lower;
	if (next === '%' || next === 'percent') return last + 1;
	if (next === 'per' && tokens[last + 2]?.lower === 'cent') return last + 2;
	return undefined;
}

/** "one two three" counted up from 1, or "twenty thirty" from 2 tens: each word and its value. */
function wordValues(words: string, step: number): Record<string, number> {
	const start = step === 1 ? 1 : 2;
	return Object.fromEntries(words.split(' ').map((word, index) => [word, (start + index) * step]));
}
