import { CLAIM_KIND_DEFINITIONS } from '../../core/claims/claim-kinds.ts';
import { dateSortKey } from '../../core/dates/date-order.ts';
import { formatFuzzyDate } from '../../core/dates/format-fuzzy-date.ts';
import { figureLines } from '../measures/measure-view.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { ClaimRecord } from '../../core/schemas/records.ts';
import type { SiteIndex } from '../site-index.ts';
import { verdictKeyOf, verdictLabel } from '../../core/statuses/verdict-keys.ts';
import { topicLabel } from '../../core/topics/topic-label.ts';

/** The search filters, in the order the search page offers them, with the words readers see for each. */
export const SEARCH_FILTERS = {
	status: 'Status',
	kind: 'Kind',
	claimant: 'Claimant',
	topic: 'Topic',
	place: 'Place',
	year: 'Year said',
} as const;

export type SearchFilter = keyof typeof SEARCH_FILTERS;

/** How a claim is filed in the search index: its value under each filter (several topics), and its date to sort by. */
export interface SearchFacets {
	filters: Record<SearchFilter, string[]>;
	/** The first day the claim may have been made, `YYYY-MM-DD`, so "newest first" sorts as the timeline does. */
	date: string;
	/** What a search result shows of it besides its title, as Pagefind metadata (empty values are left out). */
	meta: Record<SearchResultField, string>;
}

/** The lines of a search result under its title; `src/client/site-search.ts` reads the same keys. */
export const SEARCH_RESULT_FIELDS = ['status', 'claimant', 'said', 'figures'] as const;
export type SearchResultField = (typeof SEARCH_RESULT_FIELDS)[number];

export function searchFacets(claim: ClaimRecord, index: SiteIndex): SearchFacets {
	const { data } = claim;
	const claimed = toFuzzyDate(data.claimed);
	const date = dateSortKey(claimed);
	const status = verdictLabel(verdictKeyOf(data));
	const claimant = index.claimant(data.claimant).data.shortName;
	return {
		filters: {
			status: [status],
			kind: [CLAIM_KIND_DEFINITIONS[data.kind].label],
			claimant: [claimant],
			topic: data.topics.map(topicLabel),
			place: data.places.map((place) => index.place(place).data.names.en),
			year: [date.slice(0, 4)],
		},
		date,
		meta: {
			status,
			claimant,
			said: formatFuzzyDate(claimed).label,
			// Each number with what it counts, so a reader never compares a count of workers with one of troops.
			figures: figureLines(index, data)
				.map((line) => `${line.text} (${line.measure.name})`)
				.join('; '),
		},
	};
}

/** Every value each filter takes across the published claims, sorted, for the search page's controls. */
export function searchFilterOptions(index: SiteIndex): Record<SearchFilter, string[]> {
	const options = Object.fromEntries(
		Object.keys(SEARCH_FILTERS).map((filter) => [filter, new Set<string>()])
	) as Record<SearchFilter, Set<string>>;
	for (const claim of index.claims) {
		const { filters } = searchFacets(claim, index);
		for (const filter of Object.keys(filters) as SearchFilter[])
			for (const value of filters[filter]) options[filter].add(value);
	}
	return Object.fromEntries(
		Object.entries(options).map(([filter, values]) => [
			filter,
			[...values].sort((a, b) => (filter === 'year' ? b.localeCompare(a) : a.localeCompare(b))),
		])
	) as Record<SearchFilter, string[]>;
}
