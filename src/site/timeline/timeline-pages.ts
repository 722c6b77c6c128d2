import { dateSortKey } from '../../core/dates/date-order.ts';
import { keyEventListAnchor, keyEventMarks, type KeyEventMark } from './key-event-marks.ts';
import { paginateByPeriod, type PeriodPage } from './paginate-by-period.ts';
import { timelineAxis, type TimelineAxis } from './span-geometry.ts';
import { timelineOverview, type OverviewMonth } from './timeline-overview.ts';
import type { TimelineEntry } from './timeline-entries.ts';
import { claimantShortNames, timelineViews, type TimelineView } from './timeline-views.ts';
import type { SiteIndex } from '../site-index.ts';

/** A view as its pages name and link it, without its entries. */
export type TimelineViewLink = Omit<TimelineView, 'entries'> & { entryCount: number };

/**
 * Everything one timeline page shows besides what its entries' claims say: only what the page prints, so its cache
 * key (hashed from these props) changes when the page would, and not when a claim on another page is edited.
 */
export type TimelinePage = {
	path: string;
	/** Set on a second address of the same page: the address search engines and citations should use. */
	canonicalPath: string | undefined;
	view: TimelineViewLink;
	/** Every view, for the filter links. */
	views: TimelineViewLink[];
	page: PeriodPage<TimelineEntry>;
	/** The view's pages, for the pager; the current one by position. */
	pager: Array<{ label: string; path: string }>;
	position: number;
	/** Whether this is the page the view opens on: its busiest period, not its earliest. */
	opening: boolean;
	overview: OverviewMonth[];
	/** The key events of the months this page shows. */
	events: KeyEventMark[];
	/** Every key event, for the list under the overview: linked where the view's detail pages show it, if they do. */
	keyEvents: Array<{
		title: string;
		dateLabel: string;
		href: string | undefined;
		listAnchor: string;
	}>;
	axis: TimelineAxis;
	/** The short name of the claimant of each entry on the page, by id. */
	claimantNames: Record<string, string>;
};

/**
 * Every page of every timeline view, each split by year or month when the view is long. A view opens on its busiest
 * period (where the story is), not its earliest; that period's own address (`/timeline/2024-10/`) stays as a second
 * address of the same page, since it was the period's address before views opened on it.
 */
export function timelinePages(index: SiteIndex, pageLimit: number): TimelinePage[] {
	const views = timelineViews(index);
	const links = views.map(viewLink);
	const marks = keyEventMarks(index);
	return views.flatMap((view, viewPosition) => {
		const pages = paginateByPeriod(view.entries, pageLimit);
		const opening = busiestPeriod(pages);
		const periodPath = (position: number) => `${view.path}${pages[position]!.key}/`;
		const pagePath = (position: number) =>
			position === opening ? view.path : periodPath(position);
		const pager = pages.map((page, position) => ({ label: page.label, path: pagePath(position) }));
		const overview = timelineOverview(pages, pagePath, marks);
		const shown = new Map(
			overview.flatMap((month) => month.events).map((event) => [event.listAnchor, event])
		);
		const keyEvents = marks.map(
			(mark) =>
				shown.get(keyEventListAnchor(mark)) ?? {
					title: mark.title,
					dateLabel: mark.dateLabel,
					href: undefined,
					listAnchor: keyEventListAnchor(mark),
				}
		);
		const axis = timelineAxis(view.entries.map((entry) => entry.date));
		const pageAt = (position: number): TimelinePage => {
			const months = new Set(
				pages[position]!.items.map((entry) => dateSortKey(entry.date).slice(0, 7))
			);
			return {
				path: pagePath(position),
				canonicalPath: undefined,
				view: links[viewPosition]!,
				views: links,
				page: pages[position]!,
				pager,
				position,
				opening: position === opening,
				overview,
				events: marks.filter((mark) => months.has(mark.month)),
				keyEvents,
				axis,
				claimantNames: claimantShortNames(index, pages[position]!.items),
			};
		};
		const all = pages.map((_, position) => pageAt(position));
		if (pages.length === 1) return all;
		return [...all, { ...pageAt(opening), path: periodPath(opening), canonicalPath: view.path }];
	});
}

/** The position of the period with the most claims (status changes aside); the earliest such on a tie. */
export function busiestPeriod(pages: ReadonlyArray<PeriodPage<TimelineEntry>>): number {
	let busiest = 0;
	let most = -1;
	pages.forEach((page, position) => {
		const claims = page.items.filter((entry) => entry.kind === 'claim').length;
		if (claims > most) {
			busiest = position;
			most = claims;
		}
	});
	return busiest;
}

function viewLink({ entries, ...view }: TimelineView): TimelineViewLink {
	return { ...view, entryCount: entries.length };
}
