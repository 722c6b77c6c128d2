import { isRated } from '../../core/claims/verdict.ts';
import type { ClaimRecord } from '../../core/schemas/records.ts';
import { countStatuses } from '../../core/statuses/count-statuses.ts';
import type { Status } from '../../core/statuses/statuses.ts';

/** Statuses a claim can come to after it was made, which say how the claimant's word held up. */
export const OUTCOMES = ['confirmed', 'refuted', 'outdated'] as const satisfies readonly Status[];

type Outcome = (typeof OUTCOMES)[number];

/** How each outcome reads after a number of claims: "3 claims later confirmed". */
export const OUTCOME_PHRASES: Record<Outcome, string> = {
	confirmed: 'later confirmed',
	refuted: 'later refuted',
	outdated: 'overtaken by a later statement',
};

/** How a claimant's facts and predictions stand: by current status, and how many later came to each outcome. */
export interface TrackRecord {
	/** Facts and predictions: the claims with a status. */
	rated: number;
	/** Opinions are recorded but never rated, so they are not part of the record. */
	opinions: number;
	byStatus: Array<{ status: Status; count: number }>;
	/** Claims whose status became confirmed, refuted or outdated after they were first recorded. */
	later: Record<Outcome, number>;
}

export function trackRecord(claims: readonly ClaimRecord[]): TrackRecord {
	const rated = claims.filter(isRated);
	const laterCame = (outcome: Status) =>
		rated.filter(
			(claim) => claim.data.status === outcome && claim.data.statusHistory[0]?.status !== outcome
		).length;
	return {
		rated: rated.length,
		opinions: claims.length - rated.length,
		byStatus: countStatuses(claims),
		later: Object.fromEntries(
			OUTCOMES.map((outcome) => [outcome, laterCame(outcome)])
		) as TrackRecord['later'],
	};
}
