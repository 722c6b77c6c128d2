/**
 * Addresses of the site's single pages and files that are not sections (those are in site-sections.ts), so every
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
