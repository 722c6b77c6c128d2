import { WEEKDAYS } from '../../../../core/dates/calendar-names.ts';
import { Day } from './day.ts';
import { PATTERN } from './patterns.ts';
import type { Publication } from './publication.ts';
import type { DateRule, Groups } from './rule.ts';

const { initialCase, month, year, day, weekday, within } = PATTERN;
// "by June", "until 25 October": often a deadline still to come, which the year rules would put in the past.
const NOT_A_DEADLINE = `(?<!\\b${initialCase('by|until|till|before')} )`;

/**
 * Named months and years: "In June", "early October 2023", "since 2019", "by the end of 2025", and the US
 * order "Oct 25" that chrono's British mode reads as October 2025.
 */
export const CALENDAR_PHRASES: readonly DateRule[] = [
	{
		// Not "October 25", which the next rule reads as a day, nor "May's", more often Theresa May than a month.
		pattern: `${NOT_A_DEADLINE}(?:(?<preposition>${initialCase('in|during|since')}) )?(?<within>${within})?(?<month>${month})(?: (?<year>${year}))?(?! ?\\d|['’]s)`,
		resolve: namedMonth,
	},
	{
		pattern: `${NOT_A_DEADLINE}(?:(?<preposition>${initialCase('on|since')}) )?(?:(?<weekday>${weekday}),? )?(?<month>${month}) (?<day>${day})(?:,? (?<year>${year}))?`,
		resolve: monthThenDay,
	},
	{
		// "on 1 April last year", "in August last year": the named month or day in the year before publication.
		pattern: `(?:(?<preposition>${initialCase('in|on|during')}) )?(?:(?<dayFirst>${day}) )?(?<month>${month})(?: (?<dayAfter>${day}))? last year`,
		resolve: inLastYear,
	},
	{
		// A year alone is often a number ("2019 troops"), so only a preposition makes it a date.
		pattern: `(?<preposition>${initialCase('in|during|since|by')}) (?:${within})?(?<year>${year})(?![-–/]\\d)`,
		resolve: namedYear,
	},
];

/** A month without a year is the latest one not after the publication month. */
function namedMonth(groups: Groups, { day: today }: Publication): string | undefined {
	const preposition = groups['preposition']?.toLowerCase();
	// A bare "June" may be a name; a preposition, a year or "early" makes it a month.
	if (preposition === undefined && groups['within'] === undefined && groups['year'] === undefined)
		return undefined;
	const number = PATTERN.monthNumber(groups['month']!);
	const calendarYear = groups['year'] ? Number(groups['year']) : today.yearOfLatest(number);
	const edtf = Day.of(calendarYear, number, 1)!.isoMonth;
	return preposition === 'since' ? `${edtf}/..` : edtf;
}

/** "Oct 25", "October 25, 2024"; without a year, the latest such day not after the publication day. */
function monthThenDay(groups: Groups, { day: today }: Publication): string | undefined {
	const number = PATTERN.monthNumber(groups['month']!);
	const date = parseInt(groups['day']!, 10);
	const found = groups['year']
		? Day.of(Number(groups['year']), number, date)
		: today.latest(number, date);
	if (!found || (groups['weekday'] && !weekdayMatches(groups['weekday'], found))) return undefined;
	return groups['preposition']?.toLowerCase() === 'since' ? `${found.iso}/..` : found.iso;
}

function inLastYear(groups: Groups, { day: today }: Publication): string | undefined {
	const number = PATTERN.monthNumber(groups['month']!);
	const date = groups['dayFirst'] ?? groups['dayAfter'];
	if (date === undefined) return Day.of(today.year - 1, number, 1)!.isoMonth;
	return Day.of(today.year - 1, number, parseInt(date, 10))?.iso;
}

/** "in 2019"; "since 2019" is open-ended and "by 2025" is some time up to the end of 2025. */
function namedYear(groups: Groups): string {
	const edtfYear = groups['year']!;
	const preposition = groups['preposition']!.toLowerCase();
	if (preposition === 'since') return `${edtfYear}/..`;
	if (preposition === 'by') return `/${edtfYear}`;
	return edtfYear;
}

function weekdayMatches(name: string, found: Day): boolean {
	// Day numbers run from Sunday (0); the names from Monday.
	return WEEKDAYS[(found.weekday + 6) % 7] === name;
}
