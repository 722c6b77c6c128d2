import { Day } from './day.ts';
import { PATTERN } from './patterns.ts';
import type { Publication } from './publication.ts';
import type { DateRule, Groups } from './rule.ts';

const { initialCase, month, year, day } = PATTERN;
const OPTIONAL_PREFIX = `(?:(?<prefix>${initialCase('between|from')}) )?`;
const PREFIX = `(?<prefix>${initialCase('between|from')}) `;
const CONNECTOR = '(?<connector> ?[-–—] ?| and | to | until | till | through )';
const END_YEAR = `(?:,? (?<toYear>${year}))?`;

/**
 * Ranges of days, months and years: "between 8 and 13 October", "from 28 September to 3 October",
 * "8–13 October", "October 8-13, 2024", "between June and August", "from 2019 to 2022".
 */
export const DATE_RANGES: readonly DateRule[] = [
	{
		pattern: `${OPTIONAL_PREFIX}(?<fromDay>${day})${CONNECTOR}(?<toDay>${day}) (?<toMonth>${month})${END_YEAR}`,
		resolve: dayRange,
	},
	{
		pattern: `${OPTIONAL_PREFIX}(?<fromDay>${day}) (?<fromMonth>${month})(?: (?<fromYear>${year}))?${CONNECTOR}(?<toDay>${day}) (?<toMonth>${month})${END_YEAR}`,
		resolve: dayRange,
	},
	{
		pattern: `${OPTIONAL_PREFIX}(?<toMonth>${month}) (?<fromDay>${day})${CONNECTOR}(?<toDay>${day})${END_YEAR}`,
		resolve: dayRange,
	},
	{
		pattern: `${OPTIONAL_PREFIX}(?<fromMonth>${month}) (?<fromDay>${day})${CONNECTOR}(?<toMonth>${month}) (?<toDay>${day})${END_YEAR}`,
		resolve: dayRange,
	},
	{
		// Without "between" or "from", "June-August" could be anything, so the prefix is required.
		pattern: `${PREFIX}(?<fromMonth>${month})(?: (?<fromYear>${year}))?${CONNECTOR}(?<toMonth>${month})${END_YEAR}(?! ?\\d)`,
		resolve: monthRange,
	},
	{
		pattern: `${PREFIX}(?<fromYear>${year})${CONNECTOR}(?<toYear>${year})`,
		resolve: yearRange,
	},
];

/** Days with no year end on the latest such day not after the publication day; the start comes before the end. */
function dayRange(groups: Groups, { day: today }: Publication): string | undefined {
	if (!connectorFitsPrefix(groups)) return undefined;
	const toMonth = PATTERN.monthNumber(groups['toMonth']!);
	const fromMonth = groups['fromMonth'] ? PATTERN.monthNumber(groups['fromMonth']) : toMonth;
	const toDate = parseInt(groups['toDay']!, 10);
	const fromDate = parseInt(groups['fromDay']!, 10);
	const fromYear = groups['fromYear'] ? Number(groups['fromYear']) : undefined;
	const wraps = fromMonth > toMonth;
	const end = groups['toYear']
		? Day.of(Number(groups['toYear']), toMonth, toDate)
		: fromYear !== undefined
			? Day.of(fromYear + (wraps ? 1 : 0), toMonth, toDate)
			: today.latest(toMonth, toDate);
	if (!end) return undefined;
	const start = Day.of(fromYear ?? (wraps ? end.year - 1 : end.year), fromMonth, fromDate);
	if (!start || !end.isAfter(start)) return undefined;
	return `${start.iso}/${end.iso}`;
}

/** Months with no year end on the latest such month not after the publication month. */
function monthRange(groups: Groups, { day: today }: Publication): string | undefined {
	if (!connectorFitsPrefix(groups)) return undefined;
	const toMonth = PATTERN.monthNumber(groups['toMonth']!);
	const fromMonth = PATTERN.monthNumber(groups['fromMonth']!);
	const fromYear = groups['fromYear'] ? Number(groups['fromYear']) : undefined;
	const wraps = fromMonth > toMonth;
	const toYear = groups['toYear']
		? Number(groups['toYear'])
		: fromYear !== undefined
			? fromYear + (wraps ? 1 : 0)
			: today.yearOfLatest(toMonth);
	const start = Day.of(fromYear ?? (wraps ? toYear - 1 : toYear), fromMonth, 1)!;
	const end = Day.of(toYear, toMonth, 1)!;
	if (!end.isAfter(start)) return undefined;
	return `${start.isoMonth}/${end.isoMonth}`;
}

function yearRange(groups: Groups): string | undefined {
	if (!connectorFitsPrefix(groups)) return undefined;
	const [fromYear, toYear] = [groups['fromYear']!, groups['toYear']!];
	return Number(toYear) > Number(fromYear) ? `${fromYear}/${toYear}` : undefined;
}

/** "between 8 and 13", "from 8 to 13", "8-13"; "on 8 and 13 October" names two days, not a range. */
function connectorFitsPrefix(groups: Groups): boolean {
	const connector = groups['connector']!.trim();
	const prefix = groups['prefix']?.toLowerCase();
	if (connector === 'and') return prefix === 'between';
	return prefix !== 'between' || /^[-–—]$/.test(connector);
}
