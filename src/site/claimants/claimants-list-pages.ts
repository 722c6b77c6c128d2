import { CLAIMANT_KIND_LABELS } from '../../core/claimants/claimant-kinds.ts';
import { countryName } from '../../core/claimants/country-name.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import { paginateByCount, pagePath } from '../paginate-by-count.ts';
import type { SiteIndex } from '../site-index.ts';
import { SECTION_PATHS } from '../site-sections.ts';
import { trackRecord, type TrackRecord } from './track-record.ts';

/**
 * Claimants to a page of the claimants list: each row carries a status bar, so 100 rows are about 180 KB of HTML
 * (15 KB compressed). The real site's fit on one page; a 30,000-claim site's 600 claimants made a 1.1 MB page.
 */
export const CLAIMANTS_PAGE_SIZE = 100;

/** One row of the claimants list: who they are and how their facts and predictions stand. */
export interface ClaimantRow {
	href: string;
	name: string;
	shortName: string;
	/** What kind of claimant, and their country: "Intelligence agency, South Korea". */
	note: string;
	record: TrackRecord;
}

/** What one page of the claimants list prints. */
// A type, not an interface: Astro takes it as a page's props only with an implicit index signature.
export type ClaimantsListView = {
	rows: ClaimantRow[];
	/** The most rated claims any claimant has, on any page: every bar is drawn to this scale. */
	most: number;
	pageNumber: number;
	pageCount: number;
};

/**
 * Every page of the claimants list, with its path: the claimants with the most rated claims first (a record resting
 * on one claim says little), then by name.
 */
export function claimantsListPages(
	index: SiteIndex
): Array<{ path: string; view: ClaimantsListView }> {
	const rows = index.claimants
		.map((claimant) => ({
			href: PAGE_PATHS.claimants(claimant.id),
			name: claimant.data.name,
			shortName: claimant.data.shortName,
			note: [CLAIMANT_KIND_LABELS[claimant.data.kind], countryName(claimant.data.country)]
				.filter(Boolean)
				.join(', '),
			record: trackRecord(index.claimsBy(claimant.id)),
		}))
		.sort((a, b) => b.record.rated - a.record.rated || a.name.localeCompare(b.name));
	const most = Math.max(1, ...rows.map((row) => row.record.rated));
	const pages = paginateByCount(rows, CLAIMANTS_PAGE_SIZE);
	return pages.map((page) => ({
		path: pagePath(SECTION_PATHS.claimants, page.number),
		view: { rows: page.items, most, pageNumber: page.number, pageCount: pages.length },
	}));
}
