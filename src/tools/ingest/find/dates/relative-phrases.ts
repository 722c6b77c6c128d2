import type { Day } from './day.ts';
import { PATTERN } from './patterns.ts';
import type { Publication } from './publication.ts';
import type { DateRule, Groups } from './rule.ts';

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * Phrases counted from the publication day: "last week", "this year", "in the past two years",
 * "a day after", "three weeks ago".
 */
export const RELATIVE_PHRASES: readonly DateRule[] = [
	{
		// "the last week" is a rolling window (below), not the previous calendar week; "his last week" neither.
		pattern: `(?<!\\b(?:[Tt]he|his|her|its|their|our|my|your) )(?<which>${PATTERN.initialCase('this|last|next')}) (?<unit>week|month|year)`,
		resolve: calendarUnit,
	},
	{
		pattern: `(?:(?<preposition>${PATTERN.initialCase('in|over|during|for|throughout|within')}) )?${PATTERN.initialCase('the')} (?<which>past|last) (?:(?<count>${PATTERN.count}) )?(?<unit>hour|day|week|month|year)(?<plural>s)?(?=(?<of> of)?)`,
		resolve: rollingWindow,
	},
	{
		pattern: `(?<count>${PATTERN.count}) (?<unit>day|week|month|year)s? (?:after|earlier|ago)`,
		resolve: countedBack,
	},
];

/** The previous, current or next calendar week (Monday to Sunday), month or year. */
function calendarUnit(groups: Groups, { day }: Publication): string | undefined {
	const step = { this: 0, last: -1, next: 1 }[groups['which']!.toLowerCase()] ?? 0;
	if (groups['unit'] === 'year') return String(day.year + step);
	if (groups['unit'] === 'month') return day.plusMonths(step).isoMonth;
	const monday = day.weekStart.plusDays(7 * step);
	// This week has run only up to the publication day.
	const last = step === 0 ? day : monday.plusDays(6);
	return monday.iso === last.iso ? last.iso : `${monday.iso}/${last.iso}`;
}

/** "in the past two years": from that long before the publication day up to it. */
function rollingWindow(groups: Groups, publication: Publication): string | undefined {
	// "the past months" names no length.
	if (groups['count'] === undefined && groups['plural'] !== undefined) return undefined;
	// "on the last day of the summit", "the last year of the war": the end of something, not a window.
	const bare = groups['preposition'] === undefined && groups['count'] === undefined;
	if (groups['which'] === 'last' && (groups['of'] !== undefined || bare)) return undefined;
	const { count, approximate } = PATTERN.countOf(groups['count']);
	const unit = groups['unit'] as Unit;
	const start =
		unit === 'hour'
			? publication.day.plusDays(Math.floor((publication.minuteOfDay - count * 60) / 1440))
			: dayBefore(publication.day, unit, count);
	if (start.iso === publication.day.iso) return start.iso;
	return `${start.iso}${approximate ? '~' : ''}/${publication.day.iso}`;
}

/**
 * "two days earlier", "a month ago". News copy writes "X comes a day after Y said" for a Y the day before
 * the article, so "after" counts back from the publication day too.
 */
function countedBack(groups: Groups, { day }: Publication): string | undefined {
	const { count, approximate } = PATTERN.countOf(groups['count']);
	const mark = approximate ? '~' : '';
	const unit = groups['unit'] as Exclude<Unit, 'hour'>;
	const then = dayBefore(day, unit, count);
	if (unit === 'year') return `${then.year}${mark}`;
	if (unit === 'month') return `${then.isoMonth}${mark}`;
	return `${then.iso}${mark}`;
}

function dayBefore(day: Day, unit: Exclude<Unit, 'hour'>, count: number): Day {
	if (unit === 'day') return day.plusDays(-count);
	if (unit === 'week') return day.plusDays(-7 * count);
	return day.plusMonths(unit === 'month' ? -count : -12 * count);
}
