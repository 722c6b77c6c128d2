/**
 * The fixed status scale of facts and predictions: from least to most settled, then the verdicts that say a claim
 * did not hold, then the two that end its life. Opinions have no status (see claim-kinds.ts).
 */
export const STATUSES = [
	'claimed',
	'corroborated',
	'confirmed',
	'mixed',
	'disputed',
	'refuted',
	'outdated',
	'withdrawn',
] as const;

export type Status = (typeof STATUSES)[number];

/** What each status means; shown in the legend beside every status on the site. */
export const STATUS_DEFINITIONS: Record<Status, string> = {
	claimed: 'Asserted, not independently verified.',
	corroborated: 'Support from someone other than the claimant, not conclusive.',
	confirmed: 'Independently verified, or acknowledged by the party concerned.',
	mixed: 'Parts borne out, parts not, and it cannot be split; the note says which.',
	disputed: 'Credible contrary evidence or a denial.',
	refuted: 'Shown to be false; for a prediction, not borne out.',
	outdated: 'Accurate when made, since overtaken by later facts.',
	withdrawn: 'Retracted by its claimant or its source.',
};

/** Statuses that say something about the evidence beyond the claimant's word: each must cite another report. */
export const SUPPORTED_STATUSES: readonly Status[] = ['corroborated', 'confirmed'];

/** Statuses that say credible evidence runs against a claim. */
export const CONTRADICTED_STATUSES: readonly Status[] = ['disputed', 'refuted'];

/** Who can retract a claim: the claimant who made it, or the source that published it. */
export const RETRACTED_BY = ['claimant', 'source'] as const;

export type RetractedBy = (typeof RETRACTED_BY)[number];
