/** The fixed status scale, from least to most settled, then the two that end a claim's life. */
export const STATUSES = [
	'claimed',
	'corroborated',
	'confirmed',
	'disputed',
	'refuted',
	'withdrawn',
] as const;

export type Status = (typeof STATUSES)[number];

/** What each status means; shown in the legend beside every status on the site. */
export const STATUS_DEFINITIONS: Record<Status, string> = {
	claimed: 'Asserted, not independently verified.',
	corroborated: 'Independent support, not conclusive.',
	confirmed: 'Independently verified, or acknowledged by the party concerned.',
	disputed: 'Credible contrary evidence or a denial.',
	refuted: 'Shown to be false.',
	withdrawn: 'Retracted by its claimant or source.',
};
