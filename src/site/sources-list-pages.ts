import { LIST_PAGE_SIZE } from './consts.ts';
import type { SourceRecord } from '../core/schemas/records.ts';
import { paginateByCount } from './paginate-by-count.ts';
import type { SiteIndex } from './site-index.ts';

/** One page of the list of sources, newest first: only what it prints, so its cache key changes when it would (a type: Astro props need an index signature). */
export type SourcesListView = {
	pageNumber: number;
	pageCount: number;
	sources: SourceRecord[];
	/** How many claims cite each source listed, by id. */
	claimsCiting: Record<string, number>;
};

/** Every page of the list of sources. */
export function sourcesListPages(index: SiteIndex): SourcesListView[] {
	const pages = paginateByCount(index.sources, LIST_PAGE_SIZE);
	return pages.map(({ number, items }) => ({
		pageNumber: number,
		pageCount: pages.length,
		sources: items,
		claimsCiting: Object.fromEntries(
			items.map((source) => [source.id, index.claimsCiting(source.id).length])
		),
	}));
}
