import { en, type ParsedComponents, type ParsedResult } from 'chrono-node';
import type { DateExpression } from './date-expression.ts';
import { Day } from './day.ts';
import { PATTERN } from './patterns.ts';
import type { Publication } from './publication.ts';

const MONTH_NAME = new RegExp(`(?<!\\p{L})${PATTERN.month}(?!\\p{L})`, 'u');
// Chrono also reads "sat", "sun" and "wed" as weekdays.
const WEEKDAY_NAME = new RegExp(`(?<!\\p{L})${PATTERN.weekday}(?!\\p{L})`, 'u');
const DAY_WORD = /\b(?:today|yesterday|tomorrow|tonight|last night)\b/i;
// A clock time as chrono includes it: "at 3pm ", "09:00 GMT ", ", at 10".
const CLOCK = String.raw`(?:[Aa]t\s+)?\d{1,2}(?:[:.]\d{2}|\s*[apAP]\.?[mM]\.?)(?:\s+[A-Z]{2,4})?`;
const LEADING_TIME = new RegExp(String.raw`^${CLOCK},?\s+`);
const TRAILING_TIME = new RegExp(String.raw`,?\s+(?:${CLOCK}|at\s+\d{1,2})$`);

/**
 * Days that chrono finds: "on 25 October 2024", "3 September", "on Friday", "yesterday", "Monday to Wednesday".
 * Chrono reads the span and the parts that are written; the year of a day written without one, and the week
 * of a weekday, are decided here: the latest such day on or before the publication day.
 */
export function findChronoDates(sentence: string, publication: Publication): DateExpression[] {
	const results = en.GB.parse(
		sentence,
		{ instant: publication.instant, timezone: publication.offsetMinutes },
		{ forwardDate: false }
	);
	return results.flatMap((result) => {
		const expression = expressionOf(result, sentence, publication.day);
		return expression ? [expression] : [];
	});
}

function expressionOf(
	result: ParsedResult,
	sentence: string,
	today: Day
): DateExpression | undefined {
	const { text, index: dateIndex } = dateSpan(result);
	const before = sentence.slice(0, dateIndex);
	// "by Friday", "until 25 October": often a deadline still to come, which `dayOf` would put in the past.
	if (/\b(?:by|until|till|before)\s+(?:the\s+)?$/i.test(before)) return undefined;
	// Chrono reads "the end of October" as its last day; the calendar phrases read it as the month.
	if (/^(?:start|beginning|middle|end) of\b/i.test(text)) return undefined;
	const end = result.end ? dayOf(result.end, text, today) : undefined;
	const start = dayOf(result.start, text, end ?? today);
	if (!start) return undefined;
	if (end) {
		if (!end.isAfter(start)) return undefined;
		const from = /\b(?:from|between)\s+$/i.exec(before);
		const index = from ? from.index : dateIndex;
		return {
			text: sentence.slice(index, dateIndex) + text,
			index,
			edtf: `${start.iso}/${end.iso}`,
		};
	}
	const since = /\bsince\s+$/i.exec(before);
	if (since)
		return {
			text: sentence.slice(since.index, dateIndex) + text,
			index: since.index,
			edtf: `${start.iso}/..`,
		};
	return { text, index: dateIndex, edtf: start.iso };
}

/** Chrono's span without a clock time ("at 3pm on Friday" is "on Friday") or trailing punctuation. */
function dateSpan(result: ParsedResult): { text: string; index: number } {
	let text = result.text.replace(/[\s,;:]+$/, '');
	if (!result.start.isCertain('hour')) return { text, index: result.index };
	const leading = LEADING_TIME.exec(text)?.[0].length ?? 0;
	text = text.slice(leading).replace(TRAILING_TIME, '');
	return { text, index: result.index + leading };
}

/** The day chrono found, or undefined for what is not a day (a time, a month alone, "now", "a week later"). */
function dayOf(components: ParsedComponents, text: string, anchor: Day): Day | undefined {
	const known = (part: 'year' | 'month' | 'day' | 'weekday') =>
		components.isCertain(part) ? components.get(part) : null;
	const [year, month, date, weekday] = [
		known('year'),
		known('month'),
		known('day'),
		known('weekday'),
	];
	if (month !== null && date !== null && (MONTH_NAME.test(text) || /\d/.test(text))) {
		return year !== null ? Day.of(year, month, date) : anchor.latest(month, date);
	}
	if (year !== null && month !== null && date !== null && DAY_WORD.test(text)) {
		return Day.of(year, month, date);
	}
	if (weekday !== null && date === null && WEEKDAY_NAME.test(text))
		return weekdayNear(anchor, weekday, text);
	return undefined;
}

/**
 * "on Monday" is the latest Monday on or before the anchor (the day itself when it is one); "last Monday" the Monday
 * of the ISO week before the anchor's (news copy says "on Thursday" for a day of this week), "next Monday" the first
 * after it and "this Monday" the one in the anchor's ISO week.
 */
function weekdayNear(anchor: Day, weekday: number, text: string): Day {
	const daysBack = (anchor.weekday - weekday + 7) % 7;
	if (/\blast\b/i.test(text)) return anchor.weekStart.plusDays(-7 + ((weekday + 6) % 7));
	if (/\bnext\b/i.test(text)) return anchor.plusDays(7 - daysBack);
	if (/\bthis\b/i.test(text)) return anchor.weekStart.plusDays((weekday + 6) % 7);
	return anchor.plusDays(-daysBack);
}
