import type { PlaceRecord } from '../../core/schemas/records.ts';
import { LIST_PAGE_SIZE } from '../consts.ts';
import { locatorPlaces } from '../maps/map-places.ts';
import type { MapPlace } from '../maps/places-map.ts';
import type { SiteIndex } from '../site-index.ts';
import { timelineEntries, type TimelineEntry } from '../timeline/timeline-entries.ts';
import { claimantShortNames } from '../timeline/timeline-views.ts';

/** What a place's page prints: the place, where it lies, its map, and the newest claims that name it. */
// A type, not an interface: Astro takes it as a page's props only with an implicit index signature.
export type PlaceView = {
	place: PlaceRecord;
	/** The place it lies within, for a place located only by that. */
	within: PlaceRecord | undefined;
	/** The places of its locator map. */
	locator: MapPlace[];
	/** How many published claims name it, and their timeline entries (claims and status changes) in all. */
	claimCount: number;
	entryCount: number;
	/** The newest entries, one list page: past that, the page links the place's full timeline. */
	shown: TimelineEntry[];
	claimantNames: Record<string, string>;
};

/** The view of one place's page, read from the site index. */
export function buildPlaceView(index: SiteIndex, id: string): PlaceView {
	const place = index.place(id);
	const claims = index.claimsAt(id);
	const entries = timelineEntries(claims, 'event');
	const shown = entries.slice(-LIST_PAGE_SIZE);
	const { location } = place.data;
	return {
		place,
		within: 'within' in location ? index.place(location.within) : undefined,
		locator: locatorPlaces([id], index),
		claimCount: claims.length,
		entryCount: entries.length,
		shown,
		claimantNames: claimantShortNames(index, shown),
	};
}
