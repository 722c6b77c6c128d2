/** Who can retract a claim: the claimant who made it, or the source that published it. */
export const RETRACTED_BY = ['claimant', 'source'] as const;

export type RetractedBy = (typeof RETRACTED_BY)[number];
