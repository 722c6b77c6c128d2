import type { ClaimantRecord, ClaimRecord } from '../../core/schemas/records.ts';
import { LIST_PAGE_SIZE } from '../consts.ts';
import type { SiteIndex } from '../site-index.ts';
import { estimateComparisons, type EstimateComparison } from './estimate-comparison.ts';
import { trackRecord, type TrackRecord } from './track-record.ts';

/** What a claimant's page prints: who they are, their track record, their estimates beside others', their claims. */
// A type, not an interface: Astro takes it as a page's props only with an implicit index signature.
export type ClaimantView = {
	claimant: ClaimantRecord;
	/** How many published claims they made. */
	claimCount: number;
	/** The newest of them, one list page: past that, the page points to the claimant's timeline. */
	shown: ClaimRecord[];
	record: TrackRecord;
	/** Their figures beside other claimants' of the same measure, worked out from every claim. */
	comparisons: EstimateComparison[];
};

/** The view of one claimant's page, read from the site index. */
export function buildClaimantView(index: SiteIndex, id: string): ClaimantView {
	const claims = index.claimsBy(id);
	return {
		claimant: index.claimant(id),
		claimCount: claims.length,
		shown: claims.slice(0, LIST_PAGE_SIZE),
		record: trackRecord(claims),
		comparisons: estimateComparisons(index, id),
	};
}
