import { CLAIM_KIND_DEFINITIONS } from '../claims/claim-kinds.ts';
import { dateSortKey } from '../dates/date-order.ts';
import { formatFuzzyDate } from '../dates/format-fuzzy-date.ts';
import { figureLines } from '../measures/measure-view.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../../schemas/records.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { verdictKeyOf, verdictLabel } from '../statuses/verdict-keys.ts';
import { topicLabel } from '../topics/topic-label.ts';

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
	/** When it was said, as readers see it: "18 Oct 2024", "Oct 2024". */
	saidLabel: string;
	/** Its figures in the source's words, each with what it counts: "about 12,000 troops (Troops deployed to Russia)". */
	figures: string[];
}

export function searchFacets(claim: ClaimRecord, index: SiteIndex): SearchFacets {
	const { data } = claim;
	const claimed = toFuzzyDate(data.claimed);
	const date = dateSortKey(claimed);
	return {
		filters: {
			status: [verdictLabel(verdictKeyOf(data))],
			kind: [CLAIM_KIND_DEFINITIONS[data.kind].label],
			claimant: [index.claimant(data.claimant).data.shortName],
			topic: data.topics.map(topicLabel),
			place: data.places.map((place) => index.place(place).data.names.en),
			year: [date.slice(0, 4)],
		},
		date,
		saidLabel: formatFuzzyDate(claimed).label,
		figures: figureLines(index, data).map((line) => `${line.text} (${line.measure.name})`),
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
