import { TIMELINE_PATHS } from './timeline-paths.ts';
import {
	CLAIM_KIND_DEFINITIONS,
	CLAIM_KINDS,
	type ClaimKind,
} from '../../core/claims/claim-kinds.ts';
import type { SiteIndex } from '../site-index.ts';
import { topicLabel } from '../../core/topics/topic-label.ts';
import {
	VERDICT_KEYS,
	verdictKeyOf,
	verdictLabel,
	type VerdictKey,
} from '../../core/statuses/verdict-keys.ts';
import { timelineEntries, type TimelineEntry, type TimelineOrder } from './timeline-entries.ts';

/** One way of looking at the timeline: an order and, optionally, one claimant or one status. */
export interface TimelineView {
	/** URL path of its first page: `/timeline/`, `/timeline/claimants/nis/`. */
	path: string;
	heading: string;
	/** What a filtered view is called in a list of filters: "NIS", "refuted", "casualties". */
	label?: string;
	order: TimelineOrder;
	entries: TimelineEntry[];
	filter?:
		| { kind: 'claimant'; id: string }
		| { kind: 'status'; status: VerdictKey }
		| { kind: 'kind'; claimKind: ClaimKind }
		| { kind: 'topic'; topic: string }
		| { kind: 'place'; place: string };
}

/**
 * Every timeline view the site publishes as static pages, so filtering works without JavaScript and each filter is an
 * address: all entries by event date and by date claimed, and the event-date view of each claimant, each verdict (a
 * status, or not rated), each kind of claim, each topic and each place that has entries.
 */
export function timelineViews(index: SiteIndex): TimelineView[] {
	const byEvent = timelineEntries(index.claims, 'event');
	const claimantViews = index.claimants.flatMap((claimant): TimelineView[] => {
		const entries = byEvent.filter((entry) => entry.claim.data.claimant === claimant.id);
		return entries.length === 0
			? []
			: [
					{
						path: TIMELINE_PATHS.claimant(claimant.id),
						heading: `Timeline: ${claimant.data.name}`,
						label: claimant.data.shortName,
						order: 'event',
						entries,
						filter: { kind: 'claimant', id: claimant.id },
					},
				];
	});
	const statusViews = VERDICT_KEYS.flatMap((status): TimelineView[] => {
		const entries = byEvent.filter((entry) => entryStatus(entry) === status);
		return entries.length === 0
			? []
			: [
					{
						path: TIMELINE_PATHS.status(status),
						heading: `Timeline: ${verdictLabel(status)}`,
						label: verdictLabel(status),
						order: 'event',
						entries,
						filter: { kind: 'status', status },
					},
				];
	});
	const kindViews = CLAIM_KINDS.flatMap((claimKind): TimelineView[] => {
		const entries = byEvent.filter((entry) => entry.claim.data.kind === claimKind);
		return entries.length === 0
			? []
			: [
					{
						path: TIMELINE_PATHS.kind(claimKind),
						heading: `Timeline: ${CLAIM_KIND_DEFINITIONS[claimKind].label.toLowerCase()}s`,
						label: `${CLAIM_KIND_DEFINITIONS[claimKind].label.toLowerCase()}s`,
						order: 'event',
						entries,
						filter: { kind: 'kind', claimKind },
					},
				];
	});
	const topics = [...new Set(index.claims.flatMap((claim) => claim.data.topics))].sort();
	const topicViews = topics.map((topic): TimelineView => ({
		path: TIMELINE_PATHS.topic(topic),
		heading: `Timeline: ${topicLabel(topic)}`,
		label: topicLabel(topic),
		order: 'event',
		entries: byEvent.filter((entry) => entry.claim.data.topics.includes(topic)),
		filter: { kind: 'topic', topic },
	}));
	const placeViews = index.places
		.filter((place) => index.claimsAt(place.id).length > 0)
		.map((place): TimelineView => ({
			path: TIMELINE_PATHS.place(place.id),
			heading: `Timeline: ${place.data.names.en}`,
			label: place.data.names.en,
			order: 'event',
			entries: byEvent.filter((entry) => entry.claim.data.places.includes(place.id)),
			filter: { kind: 'place', place: place.id },
		}));
	return [
		{ path: TIMELINE_PATHS.byEvent, heading: 'Timeline', order: 'event', entries: byEvent },
		{
			path: TIMELINE_PATHS.byClaimed,
			heading: 'Timeline by date claimed',
			order: 'claimed',
			entries: timelineEntries(index.claims, 'claimed'),
		},
		...claimantViews,
		...statusViews,
		...kindViews,
		...topicViews,
		...placeViews,
	];
}

/** The verdict an entry shows: a claim's current status (or not rated), or the status a change led to. */
export function entryStatus(entry: TimelineEntry): VerdictKey {
	return entry.kind === 'claim' ? verdictKeyOf(entry.claim.data) : entry.to;
}

/** The short name of the claimant of each entry shown, by claimant id: all a timeline prints of its claimants. */
export function claimantShortNames(
	index: Pick<SiteIndex, 'claimant'>,
	entries: readonly TimelineEntry[]
): Record<string, string> {
	const ids = new Set(entries.map((entry) => entry.claim.data.claimant));
	return Object.fromEntries([...ids].map((id) => [id, index.claimant(id).data.shortName]));
}
