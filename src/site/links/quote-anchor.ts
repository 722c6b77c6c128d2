/** Anchor of a claim's n-th quote (0-based position in its sources) on the source's page. */
export function quoteAnchor(claimId: string, position: number): string {
	return `quote-${claimId}-${position + 1}`;
}
