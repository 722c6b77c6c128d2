import { SEARCH_PAGE_PATH } from './links/site-paths.ts';
import { TIMELINE_PATHS } from './timeline/timeline-paths.ts';

/** The site's sections, each at its path: the header's navigation, in reading order, and every link to a section. */
export const SITE_SECTIONS = [
	{ key: 'overview', path: '/', label: 'Overview' },
	{ key: 'claims', path: '/claims/', label: 'Claims' },
	{ key: 'timeline', path: TIMELINE_PATHS.byEvent, label: 'Timeline' },
	{ key: 'figures', path: '/figures/', label: 'Figures' },
	{ key: 'places', path: '/places/', label: 'Places' },
	{ key: 'claimants', path: '/claimants/', label: 'Claimants' },
	{ key: 'sources', path: '/sources/', label: 'Sources' },
	{ key: 'search', path: SEARCH_PAGE_PATH, label: 'Search' },
] as const;

export type SiteSection = (typeof SITE_SECTIONS)[number]['key'];

/** Each section's path by key: `SECTION_PATHS.claims` is `/claims/`. */
export const SECTION_PATHS = Object.fromEntries(
	SITE_SECTIONS.map(({ key, path }) => [key, path])
) as Record<SiteSection, string>;

/** Whether a page path lies in a section (the overview holds only the home page). */
export function inSection(pagePath: string, sectionPath: string): boolean {
	return sectionPath === '/' ? pagePath === '/' : pagePath.startsWith(sectionPath);
}
