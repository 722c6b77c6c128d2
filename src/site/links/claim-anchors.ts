import type { ClaimData } from '../../core/schemas/claim.ts';

/** Fragment ids on a claim page that other pages, the feed and readers' citations link to: never rename one. */
export const CLAIM_ANCHORS = {
	quotes: 'quotes',
	statusHistory: 'status-history',
	evidence: 'evidence',
	related: 'related',
	cite: 'cite',
	statuses: 'statuses',
} as const;

/** Where a claim's page shows what a source did to it: the status history if it moved the status, else the evidence log. */
export function anchorForEvidenceFrom(
	claim: Pick<ClaimData, 'statusHistory'>,
	sourceId: string
): string {
	return claim.statusHistory.some((change) => change.source === sourceId)
		? CLAIM_ANCHORS.statusHistory
		: CLAIM_ANCHORS.evidence;
}

/** Anchor of a claim's n-th quote (0-based position in its sources) on the source's page. */
export function quoteAnchor(claimId: string, position: number): string {
	return `quote-${claimId}-${position + 1}`;
}
