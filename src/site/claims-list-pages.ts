import { REVIEW_DUE_AFTER_DAYS } from './consts.ts';
import type { ClaimRecord } from '../core/schemas/records.ts';
import { CLAIM_KINDS, type ClaimKind } from '../core/claims/claim-kinds.ts';
import { daysSinceReview, lastReviewed } from '../core/claims/review-state.ts';
import { compareFuzzyDates, dateSortKey } from '../core/dates/date-order.ts';
import { formatFuzzyDate } from '../core/dates/format-fuzzy-date.ts';
import { toFuzzyDate } from '../core/dates/fuzzy-date.ts';
import { PAGE_PATHS } from '../core/links/page-paths.ts';
import {
	VERDICT_KEYS,
	verdictKeyOf,
	verdictLabel,
	type VerdictKey,
} from '../core/statuses/verdict-keys.ts';
import { paginateByCount, pagePath } from './paginate-by-count.ts';
import type { SiteIndex } from './site-index.ts';
import { SECTION_PATHS } from './site-sections.ts';

/** Claims to a page of the list: about 7,000 px of compact rows on a 375 px phone. */
export const CLAIMS_PAGE_SIZE = 40;

/**
 * The orders the claims list comes in, each at its own static address (the first is the list's own). Two segments
 * under /claims/, so no claim id can take one.
 */
export const CLAIMS_ORDERS = {
	said: { path: SECTION_PATHS.claims, label: 'Newest said', sentence: 'newest said first' },
	changed: {
		path: `${SECTION_PATHS.claims}sorted/by-change/`,
		label: 'Latest change',
		sentence: 'the most recently changed first (a new status or new evidence)',
	},
	status: {
		path: `${SECTION_PATHS.claims}sorted/by-status/`,
		label: 'By status',
		sentence: 'grouped by status, newest said first within each',
	},
} as const;

export type ClaimsOrder = keyof typeof CLAIMS_ORDERS;
const ORDERS = Object.keys(CLAIMS_ORDERS) as ClaimsOrder[];

/** When a claim on the page was last reviewed, if that was too long ago. */
export interface ReviewDue {
	lastReviewed: string;
	days: number;
}

/** One compact row of the list: what a reader scans for (title, status, claimant, date), and what filters match. */
export interface ClaimRow {
	id: string;
	href: string;
	title: string;
	status: VerdictKey;
	claimant: { id: string; shortName: string; href: string };
	/** When it was said (EDTF). */
	said: string;
	/** When its record last changed (EDTF: a status change, evidence, or when it was said), in the "latest change" order. */
	changed: string | undefined;
	reviewDue: ReviewDue | undefined;
	topics: string[];
	kind: ClaimKind;
}

/** A run of rows under one heading: a status, or the month they were said or changed in. */
export interface ClaimGroup {
	id: string;
	heading: string;
	rows: ClaimRow[];
}

/**
 * What one page of the claims list prints: its rows, grouped, and the few facts about the whole list it states
 * (counts, filter options, the review note, the other orders). Only these, so the page's cache key changes when it
 * would.
 */
export type ClaimsListView = {
	order: ClaimsOrder;
	pageNumber: number;
	pageCount: number;
	total: number;
	groups: ClaimGroup[];
	kinds: ClaimKind[];
	topics: string[];
	statuses: VerdictKey[];
	claimants: Array<{ id: string; shortName: string }>;
	asOf: string;
	/** How many claims of the whole list are due for review. */
	reviewDueCount: number;
};

/** Every page of the claims list in every order, with the address of each. */
export function claimsListPages(index: SiteIndex): Array<{ path: string; view: ClaimsListView }> {
	const due = new Map(
		index.claims
			.map((claim) => ({ claim, days: daysSinceReview(claim, index.asOf) }))
			.filter(({ days }) => days > REVIEW_DUE_AFTER_DAYS)
			.map(({ claim, days }) => [claim.id, { lastReviewed: lastReviewed(claim), days }])
	);
	const shared = {
		total: index.claims.length,
		topics: [...new Set(index.claims.flatMap((claim) => claim.data.topics))].sort(),
		statuses: VERDICT_KEYS.filter((status) =>
			index.claims.some((claim) => verdictKeyOf(claim.data) === status)
		),
		claimants: index.claimants
			.filter((claimant) => index.claimsBy(claimant.id).length > 0)
			.map((claimant) => ({ id: claimant.id, shortName: claimant.data.shortName })),
		asOf: index.asOf,
		reviewDueCount: due.size,
	};
	const rowOf = (claim: ClaimRecord, order: ClaimsOrder): ClaimRow => {
		const claimant = index.claimant(claim.data.claimant);
		return {
			id: claim.id,
			href: PAGE_PATHS.claims(claim.id),
			title: claim.data.title,
			status: verdictKeyOf(claim.data),
			claimant: {
				id: claimant.id,
				shortName: claimant.data.shortName,
				href: PAGE_PATHS.claimants(claimant.id),
			},
			said: claim.data.claimed,
			changed: order === 'changed' ? latestChange(claim) : undefined,
			reviewDue: due.get(claim.id),
			topics: claim.data.topics,
			kind: claim.data.kind,
		};
	};
	return ORDERS.flatMap((order) => {
		const rows = ordered(index.claims, order).map((claim) => rowOf(claim, order));
		const pages = paginateByCount(rows, CLAIMS_PAGE_SIZE);
		const pagePaths = pages.map(({ number }) => pagePath(CLAIMS_ORDERS[order].path, number));
		return pages.map(({ number, items }) => ({
			path: pagePaths[number - 1]!,
			view: {
				...shared,
				order,
				pageNumber: number,
				pageCount: pages.length,
				groups: grouped(items, order),
				kinds: CLAIM_KINDS.filter((kind) => items.some((row) => row.kind === kind)),
			},
		}));
	});
}

/** The site index holds claims newest said first; the other orders are stable sorts of that. */
function ordered(claims: readonly ClaimRecord[], order: ClaimsOrder): ClaimRecord[] {
	switch (order) {
		case 'said':
			return [...claims];
		case 'changed': {
			// Fuzzy dates order by where they start, as everywhere on the site.
			const changed = new Map(claims.map((claim) => [claim.id, toFuzzyDate(latestChange(claim))]));
			return [...claims].sort((a, b) => compareFuzzyDates(changed.get(b.id)!, changed.get(a.id)!));
		}
		case 'status':
			return VERDICT_KEYS.flatMap((status) =>
				claims.filter((claim) => verdictKeyOf(claim.data) === status)
			);
	}
}

/**
 * Rows under one heading each: their status, or the month (a year, for a date known only to the year) of the date the
 * order is by; a heading comes where its first row does, so a page never repeats one.
 */
function grouped(rows: readonly ClaimRow[], order: ClaimsOrder): ClaimGroup[] {
	const groups = new Map<string, ClaimGroup>();
	for (const row of rows) {
		const { id, heading } = groupOf(row, order);
		const group = groups.get(id);
		if (group) group.rows.push(row);
		else groups.set(id, { id, heading, rows: [row] });
	}
	return [...groups.values()];
}

function groupOf(row: ClaimRow, order: ClaimsOrder): { id: string; heading: string } {
	if (order === 'status') {
		const label = verdictLabel(row.status);
		return {
			id: `status-${row.status}`,
			heading: `${label[0]!.toUpperCase()}${label.slice(1)}${row.status === 'not-rated' ? ' (opinions)' : ''}`,
		};
	}
	const date = toFuzzyDate(order === 'changed' ? row.changed! : row.said);
	// A date known only to the year is grouped under its year, never under a January it may not belong to.
	const yearOnly = date.kind === 'point' && date.point.precision === 'year';
	const period =
		(yearOnly ? dateSortKey(date).slice(0, 4) : dateSortKey(date).slice(0, 7)) || 'undated';
	return {
		id: `${order}-${period}`,
		heading: period === 'undated' ? 'Undated' : formatFuzzyDate(toFuzzyDate(period)).label,
	};
}

/** The EDTF of a claim's latest change: when it was said, its last status change or its newest evidence. */
function latestChange(claim: ClaimRecord): string {
	const { claimed, statusHistory, evidence } = claim.data;
	return [
		claimed,
		...statusHistory.map((change) => change.date),
		...evidence.map((entry) => entry.date),
	]
		.map((edtf) => toFuzzyDate(edtf))
		.reduce((latest, date) => (compareFuzzyDates(date, latest) > 0 ? date : latest)).edtf;
}
