import { dateSortKey } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * The latest date that is already today somewhere on Earth (UTC+14), as an ISO day: a claim made this morning in
 * Seoul is not "in the future" because it is still yesterday in London.
 */
function latestToday(): string {
	return new Date(Date.now() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * When a claim was made, reviewed, changed status or met new evidence, and when a key event happened, has happened
 * already: none of these dates may start after today (a typo for a year, usually). A claim's event may lie ahead:
 * predictions are about one.
 */
export function checkFutureDates(content: ParsedContent, today: string = latestToday()): Problem[] {
	const claimDates = content.claims.flatMap(({ file, data }) => {
		const dates: Array<[string, string | undefined]> = [
			['claimed', data.claimed],
			['reviewed', data.reviewed],
			...data.statusHistory.map((change, index): [string, string] => [
				`statusHistory[${index}].date`,
				change.date,
			]),
			...data.evidence.map((entry, index): [string, string] => [
				`evidence[${index}].date`,
				entry.date,
			]),
		];
		return dates.map(([field, date]) => ({ file, field, date }));
	});
	// A key event is a turn the story has taken, never one expected.
	const eventDates = content.events.map(({ file, data }) => ({
		file,
		field: 'date',
		date: data.date,
	}));
	return [...claimDates, ...eventDates]
		.filter(({ date }) => date !== undefined && dateSortKey(toFuzzyDate(date)) > today)
		.map(({ file, field, date }) => ({
			file,
			field,
			message: `${date} is after today — it has not happened yet: correct the date (often a mistyped year)`,
		}));
}
