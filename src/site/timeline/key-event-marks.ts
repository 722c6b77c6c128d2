import { dateSortKey } from '../../core/dates/date-order.ts';
import { formatFuzzyDate } from '../../core/dates/format-fuzzy-date.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { SiteIndex } from '../site-index.ts';

/** A key event as the timeline and the charts mark it: its line, its date, and links to its report and claims. */
export interface KeyEventMark {
	id: string;
	/** Where the timeline's detail view lists it: `event-<id>`. */
	anchor: string;
	title: string;
	/** EDTF. */
	date: string;
	/** "18 Oct 2024". */
	dateLabel: string;
	/** The first day it may have happened, `YYYY-MM-DD`, to place it on an axis. */
	day: string;
	/** `2024-10`: the month it is listed under. */
	month: string;
	source: { href: string; outlet: string };
	claims: Array<{ href: string; title: string }>;
}

/** Every key event, earliest first, as the pages mark it. */
export function keyEventMarks(
	index: Pick<SiteIndex, 'events' | 'source' | 'claim'>
): KeyEventMark[] {
	return index.events.map(({ id, data }) => {
		const date = toFuzzyDate(data.date);
		const day = dateSortKey(date);
		const source = index.source(data.source);
		return {
			id,
			anchor: `event-${id}`,
			title: data.title,
			date: data.date,
			dateLabel: formatFuzzyDate(date).label,
			day,
			month: day.slice(0, 7),
			source: {
				href: PAGE_PATHS.sources(source.id),
				outlet: source.data.originalOutlet ?? source.data.outlet,
			},
			claims: data.claims.map((claimId) => ({
				href: PAGE_PATHS.claims(claimId),
				title: index.claim(claimId).data.title,
			})),
		};
	});
}

/** The id of an event's line in the timeline's list of key events, which every page of the main timeline has. */
export function keyEventListAnchor(event: Pick<KeyEventMark, 'id'>): string {
	return `key-event-${event.id}`;
}
