import type { ClaimData, RatedClaimData } from '../schemas/claim.ts';
import type { ClaimRecord } from '../schemas/records.ts';
import type { Status } from '../statuses/statuses.ts';

/** A fact or prediction as pages read it: a claim that carries a status. */
export interface RatedClaimRecord extends ClaimRecord {
	data: RatedClaimData;
}

/** What readers see first about a claim: its status since the last change and why, or why it is not rated. */
export type Verdict =
	| {
			rated: true;
			status: Status;
			/** EDTF date of the last status change. */
			since: string;
			/** The last change's note: one sentence saying why. */
			why: string;
			/** Id of the source the last change rests on, if any. */
			source: string | undefined;
	  }
	| { rated: false; why: string };

/** Whether a claim carries a status (a fact or prediction) rather than being an opinion. */
export function isRated(claim: ClaimRecord): claim is RatedClaimRecord {
	return claim.data.kind !== 'opinion';
}

/** A claim's verdict: the last status change of a fact or prediction, or an opinion's reason for not being rated. */
export function verdictOf(data: ClaimData): Verdict {
	if (data.kind === 'opinion') return { rated: false, why: data.whyNotRated };
	const last = data.statusHistory.at(-1)!;
	return {
		rated: true,
		status: data.status,
		since: last.date,
		why: last.note,
		source: last.source,
	};
}
