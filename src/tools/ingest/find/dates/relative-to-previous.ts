import { Day } from './day.ts';
import { PATTERN } from './patterns.ts';

// An exact count only: "a few days later" is no day to record.
const COUNTED = new RegExp(
	`^(?<count>${PATTERN.count}) (?<unit>day|days|week|weeks) (?<direction>later|earlier|after|before)\\b`,
	'iu'
);
const SAME_DAY = /^(?:the same day|that (?:same )?day|on the same day)\b/i;
const SAME_DAY_AFTER_VERB =
	/^\s*(?:the same day|that (?:same )?day|on the same day|at the time)\b/i;
const NEXT_DAY = /^(?:the (?:next|following) day|a day later)\b/i;

/**
 * The day a sentence that opens by counting from the story so far means — "Eight days later, Blinken said…", "A day
 * earlier, Zelensky said…", "The same day, …", or whose verb is followed by "the same day" or "at the time" (given as
 * `afterVerb`) — counted from the day the previous dated statement was made; undefined when the sentence does not
 * say so, or there is no such day to count from.
 */
export function dayRelativeToPrevious(
	sentence: string,
	previousDay: string | undefined,
	afterVerb = ''
): string | undefined {
	if (previousDay === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(previousDay)) return undefined;
	const text = sentence.trim();
	// "…, the agency said the same day", "He said at the time that…".
	if (SAME_DAY.test(text) || SAME_DAY_AFTER_VERB.test(afterVerb)) return previousDay;
	if (NEXT_DAY.test(text)) return shift(previousDay, 1);
	const groups = COUNTED.exec(text)?.groups;
	if (!groups) return undefined;
	const { count, approximate } = PATTERN.countOf(groups['count']);
	if (approximate) return undefined;
	const days = count * (groups['unit']!.toLowerCase().startsWith('week') ? 7 : 1);
	return shift(previousDay, /later|after/i.test(groups['direction']!) ? days : -days);
}

function shift(day: string, days: number): string | undefined {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return Day.of(year, month, date)?.plusDays(days).iso;
}
