import type { SiteIndex } from '../site/site-index.ts';
import { STATUSES, type Status } from '../statuses/statuses.ts';
import { timelineEntries, type TimelineEntry, type TimelineOrder } from './timeline-entries.ts';

/** One way of looking at the timeline: an order and, optionally, one claimant or one status. */
export interface TimelineView {
	/** URL path of its first page: `/timeline/`, `/timeline/claimants/nis/`. */
	path: string;
	heading: string;
	order: TimelineOrder;
	entries: TimelineEntry[];
	filter?: { kind: 'claimant'; id: string } | { kind: 'status'; status: Status };
}

/**
 * Every timeline view the site publishes as static pages, so filtering works without JavaScript: all entries by
 * event date and by date claimed, and the event-date view of each claimant and each status that has entries.
 */
export function timelineViews(index: SiteIndex): TimelineView[] {
	const byEvent = timelineEntries(index.claims, 'event');
	const claimantViews = index.claimants.flatMap((claimant): TimelineView[] => {
		const entries = byEvent.filter((entry) => entry.claim.data.claimant === claimant.id);
		return entries.length === 0
			? []
			: [
					{
						path: `/timeline/claimants/${claimant.id}/`,
						heading: `Timeline: ${claimant.data.name}`,
						order: 'event',
						entries,
						filter: { kind: 'claimant', id: claimant.id },
					},
				];
	});
	const statusViews = STATUSES.flatMap((status): TimelineView[] => {
		const entries = byEvent.filter((entry) => entryStatus(entry) === status);
		return entries.length === 0
			? []
			: [
					{
						path: `/timeline/statuses/${status}/`,
						heading: `Timeline: ${status}`,
						order: 'event',
						entries,
						filter: { kind: 'status', status },
					},
				];
	});
	return [
		{ path: '/timeline/', heading: 'Timeline', order: 'event', entries: byEvent },
		{
			path: '/timeline/claimed/',
			heading: 'Timeline by date claimed',
			order: 'claimed',
			entries: timelineEntries(index.claims, 'claimed'),
		},
		...claimantViews,
		...statusViews,
	];
}

/** The status an entry shows: a claim's current status, or the status a change led to. */
export function entryStatus(entry: TimelineEntry): Status {
	return entry.kind === 'claim' ? entry.claim.data.status : entry.to;
}
