import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { dateSortKey } from '../../core/dates/date-order.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { ClaimRecord } from '../../core/schemas/records.ts';
import { sourceTitle } from '../../core/sources/source-title.ts';
import type { SiteIndex } from '../site-index.ts';
import { searchFacets } from './search-facets.ts';

/**
 * The most claims a part of the search index holds before its span of the calendar is cut finer (a year into
 * quarters, a quarter into months). An edit rewrites one part, but a search asks every part, each in a worker of its
 * own, so parts are as large as this allows: at 10,000 claims, two parts answered in 57 ms where one took 51 ms, and
 * eight parts sharing one worker took 95 ms (BENCHMARKS.md).
 */
export const SEARCH_PART_SIZE = 10_000;

/** The claims said within one span of the calendar, indexed apart so an edit rewrites only their part. */
export interface SearchPart {
	/** `2024`, `2024-q3`, `2024-07`, or `undated`: its folder under the search index folder (searchPartPath). */
	name: string;
	/** The first day it covers (`''` for undated claims), so parts sort oldest first. */
	from: string;
	claims: ClaimRecord[];
}

/**
 * The parts of the search index, oldest first. Parts are spans of the calendar, not buckets of ids, so the browser
 * can list "newest first" across parts by reading them in order, each sorted by Pagefind; the span follows the size
 * of the year (a year, its quarters or its months), so an added claim moves no other claim to another part unless its
 * own year or quarter crosses `SEARCH_PART_SIZE`.
 */
export function searchParts(index: SiteIndex, partSize = SEARCH_PART_SIZE): SearchPart[] {
	const parts: SearchPart[] = [];
	const byYear = groupBy(index.claims, (claim) => dayOf(claim).slice(0, 4) || 'undated');
	for (const [year, claims] of byYear) {
		if (year === 'undated' || claims.length <= partSize) {
			parts.push(part(year, year === 'undated' ? '' : `${year}-01-01`, claims));
			continue;
		}
		const byQuarter = groupBy(claims, (claim) => quarterOf(dayOf(claim)));
		for (const [quarter, inQuarter] of byQuarter) {
			const firstMonth = (quarter - 1) * 3 + 1;
			if (inQuarter.length <= partSize) {
				parts.push(part(`${year}-q${quarter}`, `${year}-${pad(firstMonth)}-01`, inQuarter));
				continue;
			}
			for (const [month, inMonth] of groupBy(inQuarter, (claim) => dayOf(claim).slice(5, 7)))
				parts.push(part(`${year}-${month}`, `${year}-${month}-01`, inMonth));
		}
	}
	return parts.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * A claim as the search index reads it: a small HTML document built from the record, not the built page, holding
 * what a search should match (the title, weighted, the statement and the quotes with their sources) and how the
 * claim is filed (filters, the date it sorts by, the lines a result shows).
 */
export function searchDocument(
	claim: ClaimRecord,
	index: SiteIndex
): { url: string; html: string } {
	const { data } = claim;
	const facets = searchFacets(claim, index);
	const body = h('body', { dataPagefindBody: '' }, [
		...Object.entries(facets.filters).flatMap(([filter, values]) =>
			values.map((value) => h('span', { dataPagefindFilter: `${filter}:${value}` }))
		),
		h('span', { dataPagefindSort: `date:${facets.date}` }),
		...Object.entries(facets.meta)
			.filter(([, value]) => value !== '')
			.map(([field, value]) => h('span', { dataPagefindMeta: `${field}:${value}` })),
		h('h1', { dataPagefindWeight: '4' }, data.title),
		h('p', data.statement),
		...data.sources.flatMap((citation) => {
			const source = index.source(citation.source).data;
			return [
				...(citation.quote === undefined ? [] : [h('blockquote', citation.quote)]),
				h('p', `— ${sourceTitle(source)}, ${source.outlet}`),
			];
		}),
	]);
	return {
		url: PAGE_PATHS.claims(claim.id),
		html: `<!doctype html>${toHtml(h('html', { lang: 'en' }, [h('head', h('title', data.title)), body]))}`,
	};
}

function part(name: string, from: string, claims: ClaimRecord[]): SearchPart {
	return { name, from, claims };
}

function dayOf(claim: ClaimRecord): string {
	return dateSortKey(toFuzzyDate(claim.data.claimed));
}

function quarterOf(day: string): number {
	return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

function pad(month: number): string {
	return String(month).padStart(2, '0');
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
}
