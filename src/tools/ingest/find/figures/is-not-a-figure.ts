import { LONG_MONTHS, SHORT_MONTHS, WEEKDAYS } from '../../../../core/dates/calendar-names.ts';
import type { NumberCore } from './read-number.ts';
import { readNumeral } from './read-numeral.ts';
import type { Token } from './tokenise.ts';

const MONTHS = new Set([...LONG_MONTHS, ...SHORT_MONTHS, 'Sept']);
const WEEKDAY_NAMES = new Set(WEEKDAYS);
const YEAR = /^(?:1[89]|20)\d\d$/;
const CLOCK_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const CLOCK_WORDS = new Set(
	"am pm a.m p.m gmt bst utc cet cest edt est pdt pst hrs o'clock o’clock".split(' ')
);
// Marks joined to the front of a number that make it a code, score or phone number: "-5", "+44", "#3".
const CODE_MARKS = new Set(['-', '–', '−', '+', '#', '№']);
// Marks after which a capitalised word opens a sentence or quote rather than naming a thing.
const OPENERS = new Set(['.', ':', ';', '!', '?', '“', '"', '‘', "'", '(', '[', '—', '–']);
const REFERRING_WORDS = new Set([
	'the',
	'these',
	'those',
	'its',
	'their',
	'his',
	'her',
	'our',
	'my',
	'your',
]);
const NOT_A_HALF_AFTER = new Set(['the', 'first', 'second', 'other', 'latter', 'in', 'and']);

/** Whether a number found in a sentence is a year, date, time, code, designation or back-reference, not a figure. */
export function isNotAFigure(tokens: readonly Token[], core: NumberCore): boolean {
	return [
		isYear,
		isDate,
		isClockTime,
		isCodeOrPhone,
		isDesignation,
		isBackReference,
		isNotAShare,
	].some((test) => test(tokens, core));
}

function isYear(_tokens: readonly Token[], core: NumberCore): boolean {
	return core.plain.some((plain) => YEAR.test(plain));
}

/** "8 October", "Oct 25", "between 8 and 13 October": days of a month. */
function isDate(tokens: readonly Token[], core: NumberCore): boolean {
	const days =
		core.plain.length > 0 &&
		core.plain.every((plain) => /^\d{1,2}$/u.test(plain) && Number(plain) <= 31);
	const month = [tokens[core.last + 1], tokens[core.first - 1]].some((token) =>
		MONTHS.has(token?.text ?? '')
	);
	return days && month;
}

/** "12.35", "5 pm", "14.05 GMT". */
function isClockTime(tokens: readonly Token[], core: NumberCore): boolean {
	if (core.plain.some((plain) => CLOCK_TIME.test(plain))) return true;
	return core.plain.length > 0 && CLOCK_WORDS.has(tokens[core.last + 1]?.lower ?? '');
}

/** "+44 20 7946 0000", "1-0", "-5": bare numbers run together or joined to a mark. */
function isCodeOrPhone(tokens: readonly Token[], core: NumberCore): boolean {
	const before = tokens[core.first - 1];
	if (before && !tokens[core.first]?.spaced && CODE_MARKS.has(before.text)) return true;
	const neighbours = [before, tokens[core.last + 1]];
	return core.plain.length > 0 && neighbours.some((token) => /^\d+$/u.test(token?.text ?? ''));
}

/** "Boeing 737", "World War Two", "Article 5": a number that is part of a capitalised name. */
function isDesignation(tokens: readonly Token[], core: NumberCore): boolean {
	if (core.reading !== 'count' && core.reading !== 'percent') return false;
	const name = tokens[core.first - 1];
	if (!name || !/^\p{Lu}/u.test(name.text) || /['’]s$/u.test(name.text)) return false;
	if (MONTHS.has(name.text) || WEEKDAY_NAMES.has(name.text)) return false;
	const opener = tokens[core.first - 2];
	return opener !== undefined && !OPENERS.has(opener.text);
}

// Above this, number words after "the" count things ("the one million shells") rather than point back to them.
const LARGEST_BACK_REFERENCE = 99;
const SHARE_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters']);

/**
 * "the two leaders", "no one": number words that point back to things already named, not a count; but the whole of a
 * part ("four out of the five sites", "half of the one million shells") is a count of its own.
 */
function isBackReference(tokens: readonly Token[], core: NumberCore): boolean {
	const before = tokens[core.first - 1]?.lower ?? '';
	if (core.cardinalWords && REFERRING_WORDS.has(before))
		return (core.value ?? 0) <= LARGEST_BACK_REFERENCE && !isWholeOfAPart(tokens, core.first - 1);
	return core.cardinalWords && core.value === 1 && before === 'no';
}

/** Whether the determiner at `determiner` follows a part: "four of the", "ten out of the", "half of the". */
function isWholeOfAPart(tokens: readonly Token[], determiner: number): boolean {
	if (tokens[determiner - 1]?.lower !== 'of') return false;
	const part = tokens[determiner - 2]?.lower === 'out' ? determiner - 3 : determiner - 2;
	if (SHARE_WORDS.has(tokens[part]?.lower ?? '')) return true;
	const numeral = part >= 0 ? readNumeral(tokens, part) : null;
	return numeral?.last === part;
}

/** "the second half", "in half", "two and a half": halves that are not a share of anything. */
function isNotAShare(tokens: readonly Token[], core: NumberCore): boolean {
	return core.reading === 'fraction' && NOT_A_HALF_AFTER.has(tokens[core.first - 1]?.lower ?? '');
}
