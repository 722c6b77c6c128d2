/** The sorts of claimant, so readers can weigh who is speaking. */
export const CLAIMANT_KINDS = [
	'intelligence-agency',
	'government',
	'official',
	'military',
	'international-organisation',
	'media',
	'research-organisation',
	'anonymous-source',
] as const;

export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

/** Reader-facing names of the kinds. */
export const CLAIMANT_KIND_LABELS: Record<ClaimantKind, string> = {
	'intelligence-agency': 'Intelligence agency',
	government: 'Government',
	official: 'Official',
	military: 'Military',
	'international-organisation': 'International organisation',
	media: 'News media',
	'research-organisation': 'Research or monitoring group',
	'anonymous-source': 'Anonymous source',
};
