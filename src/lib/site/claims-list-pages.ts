import { LIST_PAGE_SIZE, REVIEW_DUE_AFTER_DAYS } from '../../consts.ts';
import type { ClaimRecord } from '../../schemas/records.ts';
import { CLAIM_KINDS, type ClaimKind } from '../claims/claim-kinds.ts';
import { daysSinceReview, lastReviewed } from '../claims/review-state.ts';
import { VERDICT_KEYS, verdictKeyOf, type VerdictKey } from '../statuses/verdict-keys.ts';
import { paginateByCount } from './paginate-by-count.ts';
import type { SiteIndex } from './site-index.ts';

/** When a claim on the page was last reviewed, if that was too long ago. */
export interface ReviewDue {
	lastReviewed: string;
	days: number;
}

/**
 * What one page of the claims list prints: its claims, grouped by status, and the few facts about the whole list it
 * states (counts, filter options, the review note). Only these, so the page's cache key changes when it would.
 */
export type ClaimsListView = {
	pageNumber: number;
	pageCount: number;
	total: number;
	groups: Array<{ status: VerdictKey; claims: ClaimRecord[] }>;
	kinds: ClaimKind[];
	topics: string[];
	claimants: Array<{ id: string; shortName: string }>;
	asOf: string;
	/** How many claims of the whole list are due for review. */
	reviewDueCount: number;
	/** The claims on this page that are due, by id. */
	reviewDue: Record<string, ReviewDue>;
};

/** Every page of the claims list: claims in status order (opinions, not rated, last), newest first within each. */
export function claimsListPages(index: SiteIndex): ClaimsListView[] {
	const ordered = VERDICT_KEYS.flatMap((status) =>
		index.claims.filter((claim) => verdictKeyOf(claim.data) === status)
	);
	const pages = paginateByCount(ordered, LIST_PAGE_SIZE);
	const topics = [...new Set(index.claims.flatMap((claim) => claim.data.topics))].sort();
	const claimants = index.claimants
		.filter((claimant) => index.claimsBy(claimant.id).length > 0)
		.map((claimant) => ({ id: claimant.id, shortName: claimant.data.shortName }));
	const due = new Map(
		index.claims
			.map((claim) => ({ claim, days: daysSinceReview(claim, index.asOf) }))
			.filter(({ days }) => days > REVIEW_DUE_AFTER_DAYS)
			.map(({ claim, days }) => [claim.id, { lastReviewed: lastReviewed(claim), days }])
	);
	return pages.map(({ number, items }) => ({
		pageNumber: number,
		pageCount: pages.length,
		total: index.claims.length,
		groups: VERDICT_KEYS.map((status) => ({
			status,
			claims: items.filter((claim) => verdictKeyOf(claim.data) === status),
		})).filter((group) => group.claims.length > 0),
		kinds: CLAIM_KINDS.filter((kind) => items.some((claim) => claim.data.kind === kind)),
		topics,
		claimants,
		asOf: index.asOf,
		reviewDueCount: due.size,
		reviewDue: Object.fromEntries(
			items.flatMap((claim) => {
				const entry = due.get(claim.id);
				return entry ? [[claim.id, entry]] : [];
			})
		),
	}));
}
