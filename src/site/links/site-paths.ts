/**
 * Addresses of the site's single pages, files and folders that are not sections (those are in site-sections.ts), so every
 * link to them is written once. Each is a route file under src/pages; the links test fails if one stops resolving.
 */
export const SITE_PATHS = {
	method: '/method/',
	claimsJson: '/claims.json',
	measuresJson: '/measures.json',
	claimsCsv: '/claims.csv',
	feed: '/feed.xml',
	favicon: '/favicon.svg',
	koreanFonts: '/fonts/korean.css',
} as const;

/** A section of the method page, by its anchor: `/method/#statuses`. */
export function methodSection(anchor: 'kinds' | 'statuses'): string {
	return `${SITE_PATHS.method}#${anchor}`;
}

/** Where the admin page and its files are served from. Kept out of the sitemap, search and robots. */
export const ADMIN_PATH = '/admin/';

/** Where the build writes the search index inside the site, and the page that searches it. */
export const SEARCH_INDEX_FOLDER = 'pagefind';
export const SEARCH_PAGE_PATH = '/search/';

/** One part of the search index (src/site/search/search-parts.ts), by its name: `/pagefind/2024/`. */
export function searchPartPath(part: string): string {
	return `/${SEARCH_INDEX_FOLDER}/${part}/`;
}

/** The script Pagefind writes into every part for browsers: loaded only when a reader searches. */
export const SEARCH_SCRIPT_FILE = 'pagefind.js';
