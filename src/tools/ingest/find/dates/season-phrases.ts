import type { Day } from './day.ts';
import { PATTERN } from './patterns.ts';
import type { Publication } from './publication.ts';
import type { DateRule, Groups } from './rule.ts';

// EDTF season codes and the first month of each meteorological (northern-hemisphere) season.
const SEASONS: Record<string, { code: number; firstMonth: number }> = {
	spring: { code: 21, firstMonth: 3 },
	summer: { code: 22, firstMonth: 6 },
	autumn: { code: 23, firstMonth: 9 },
	fall: { code: 23, firstMonth: 9 },
	winter: { code: 24, firstMonth: 12 },
};

/** Seasons and weekends: "last winter", "summer 2023", "the winter of 2022-23", "at the weekend". */
export const SEASON_PHRASES: readonly DateRule[] = [
	{
		pattern: `(?<which>${PATTERN.initialCase('last|this|next')}) (?<season>spring|summer|autumn|fall|winter)`,
		resolve: relativeSeason,
	},
	{
		pattern: `(?:(?<preposition>${PATTERN.initialCase('in|during|since')}) )?(?:${PATTERN.initialCase('the')} )?(?<season>${PATTERN.initialCase('spring|summer|autumn|fall|winter')})(?: of)? (?<year>${PATTERN.year})(?:[-–/](?<nextYear>\\d{2}|\\d{4}))?`,
		resolve: seasonOfYear,
	},
	{
		pattern: `(?:${PATTERN.initialCase('at|over|during')} )?(?<which>${PATTERN.initialCase('the|this|last')}) weekend`,
		resolve: weekend,
	},
];

/**
 * "last winter" is the latest that ended before the publication month; "this winter" the one that contains
 * or follows it, and "this summer" (like spring and autumn) the one of the publication year.
 */
function relativeSeason(groups: Groups, { day }: Publication): string | undefined {
	const which = groups['which']!.toLowerCase();
	// "this fall in prices" is more often a drop than a season.
	if (groups['season'] === 'fall' && which !== 'last') return undefined;
	const { code, firstMonth } = SEASONS[groups['season']!]!;
	const publicationMonth = monthIndex(day.year, day.month);
	let year = code === 24 && day.month <= 2 ? day.year - 1 : day.year;
	if (which === 'last') {
		while (monthIndex(year, firstMonth) + 2 >= publicationMonth) year--;
	}
	if (which === 'next') {
		while (monthIndex(year, firstMonth) <= publicationMonth) year++;
	}
	return `${year}-${code}`;
}

/**
 * "summer 2023"; a winter is named by the year it starts in: "the winter of 2022-23" is 2022-24. An interval
 * cannot start with a season, so "since summer 2023" starts with its first month.
 */
function seasonOfYear(groups: Groups): string | undefined {
	const { code, firstMonth } = SEASONS[groups['season']!.toLowerCase()]!;
	const year = Number(groups['year']);
	const nextYear = groups['nextYear'];
	if (nextYear !== undefined && (code !== 24 || !String(year + 1).endsWith(nextYear)))
		return undefined;
	if (groups['preposition']?.toLowerCase() === 'since')
		return `${year}-${String(firstMonth).padStart(2, '0')}/..`;
	return `${year}-${code}`;
}

/**
 * Saturday to Sunday. "the weekend" is the latest one begun by the publication day, "last weekend" the latest
 * one over before it, and "this weekend" the one that contains or follows it.
 */
function weekend(groups: Groups, { day }: Publication): string {
	const which = groups['which']!.toLowerCase();
	const daysSinceSaturday = (day.weekday + 1) % 7;
	let saturday: Day = day.plusDays(-daysSinceSaturday);
	if (which === 'last' && daysSinceSaturday < 2) saturday = saturday.plusDays(-7);
	if (which === 'this' && daysSinceSaturday >= 2) saturday = saturday.plusDays(7);
	return `${saturday.iso}/${saturday.plusDays(1).iso}`;
}

function monthIndex(year: number, month: number): number {
	return year * 12 + month - 1;
}
