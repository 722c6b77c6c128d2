import { SHORT_MONTHS, LONG_MONTHS } from '../../core/dates/calendar-names.ts';
import { dateSortKey } from '../../core/dates/date-order.ts';
import { VERDICT_KEYS, type VerdictKey } from '../../core/statuses/verdict-keys.ts';
import { keyEventListAnchor, type KeyEventMark } from './key-event-marks.ts';
import type { PeriodPage } from './paginate-by-period.ts';
import type { TimelineEntry } from './timeline-entries.ts';
import { entryStatus } from './timeline-views.ts';

/** One month of the overview: how many claims it holds by status, and where the detail view shows them. */
export interface OverviewMonth {
	/** `2024-10`. */
	month: string;
	/** "Oct", and the year on January and the first month: "Oct 2024". */
	label: string;
	/** "October 2024", for the link's name. */
	name: string;
	/** Claims placed in the month by current status, in scale order; zero counts left out. */
	counts: Array<{ status: VerdictKey; count: number }>;
	claims: number;
	/** Status changes made in the month. */
	changes: number;
	/** The detail page and anchor of the month; undefined for a month without entries (a gap). */
	href: string | undefined;
	/** The key events of the month, each linked where the detail view lists it (when it shows the month). */
	events: Array<{
		title: string;
		dateLabel: string;
		href: string | undefined;
		/** The id of its line in the list of key events under the overview. */
		listAnchor: string;
	}>;
}

/**
 * Every month from the view's first entry to its last, gaps included, with its claims counted by status: the overview
 * aggregates by month, so it stays the same size however many claims there are.
 */
export function timelineOverview(
	pages: ReadonlyArray<PeriodPage<TimelineEntry>>,
	pagePath: (position: number) => string,
	events: readonly KeyEventMark[] = []
): OverviewMonth[] {
	const entries = pages.flatMap((page, position) =>
		page.items.map((entry) => ({ entry, position, month: dateSortKey(entry.date).slice(0, 7) }))
	);
	if (entries.length === 0) return [];
	const byMonth = Map.groupBy(entries, (item) => item.month);
	const months = monthsBetween(entries[0]!.month, entries.at(-1)!.month);
	return months.map((month, position) => {
		const inMonth = byMonth.get(month) ?? [];
		const claims = inMonth.filter(({ entry }) => entry.kind === 'claim');
		const [year, number] = month.split('-') as [string, string];
		const monthIndex = Number(number) - 1;
		const first = inMonth[0];
		return {
			month,
			label:
				position === 0 || monthIndex === 0
					? `${SHORT_MONTHS[monthIndex]} ${year}`
					: SHORT_MONTHS[monthIndex]!,
			name: `${LONG_MONTHS[monthIndex]} ${year}`,
			counts: VERDICT_KEYS.map((status) => ({
				status,
				count: claims.filter(({ entry }) => entryStatus(entry) === status).length,
			})).filter(({ count }) => count > 0),
			claims: claims.length,
			changes: inMonth.length - claims.length,
			href: first ? `${pagePath(first.position)}#month-${month}` : undefined,
			events: events
				.filter((event) => event.month === month)
				.map((event) => ({
					title: event.title,
					dateLabel: event.dateLabel,
					href: first ? `${pagePath(first.position)}#${event.anchor}` : undefined,
					listAnchor: keyEventListAnchor(event),
				})),
		};
	});
}

function monthsBetween(first: string, last: string): string[] {
	const months: string[] = [];
	let [year, month] = first.split('-').map(Number) as [number, number];
	for (;;) {
		const key = `${year}-${String(month).padStart(2, '0')}`;
		months.push(key);
		if (key >= last) return months;
		month = month === 12 ? 1 : month + 1;
		if (month === 1) year++;
	}
}
