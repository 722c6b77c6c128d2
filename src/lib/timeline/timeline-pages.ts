import { paginateByPeriod, type PeriodPage } from './paginate-by-period.ts';
import { timelineAxis, type TimelineAxis } from './span-geometry.ts';
import { timelineOverview, type OverviewMonth } from './timeline-overview.ts';
import type { TimelineEntry } from './timeline-entries.ts';
import { timelineViews, type TimelineView } from './timeline-views.ts';
import type { SiteIndex } from '../site/site-index.ts';

/** A view as its pages name and link it, without its entries. */
export type TimelineViewLink = Omit<TimelineView, 'entries'> & { entryCount: number };

/**
 * Everything one timeline page shows besides what its entries' claims say: only what the page prints, so its cache
 * key (hashed from these props) changes when the page would, and not when a claim on another page is edited.
 */
export type TimelinePage = {
	path: string;
	view: TimelineViewLink;
	/** Every view, for the filter links. */
	views: TimelineViewLink[];
	page: PeriodPage<TimelineEntry>;
	/** The view's pages, for the pager; the current one by position. */
	pager: Array<{ label: string; path: string }>;
	position: number;
	overview: OverviewMonth[];
	axis: TimelineAxis;
};

/** Every page of every timeline view, each split by year or month when the view is long. */
export function timelinePages(index: SiteIndex, pageLimit: number): TimelinePage[] {
	const views = timelineViews(index);
	const links = views.map(viewLink);
	return views.flatMap((view, viewPosition) => {
		const pages = paginateByPeriod(view.entries, pageLimit);
		const pagePath = (position: number) =>
			position === 0 ? view.path : `${view.path}${pages[position]!.key}/`;
		const pager = pages.map((page, position) => ({ label: page.label, path: pagePath(position) }));
		const overview = timelineOverview(pages, pagePath);
		const axis = timelineAxis(view.entries.map((entry) => entry.date));
		return pages.map((page, position) => ({
			path: pagePath(position),
			view: links[viewPosition]!,
			views: links,
			page,
			pager,
			position,
			overview,
			axis,
		}));
	});
}

function viewLink({ entries, ...view }: TimelineView): TimelineViewLink {
	return { ...view, entryCount: entries.length };
}
