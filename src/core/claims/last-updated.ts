import { lastKnownDay } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../schemas/records.ts';

/** The day a claim's record last changed: the latest day it was made, changed status or gained evidence (ISO `YYYY-MM-DD`). */
export function lastUpdated(claim: ClaimRecord): string {
	const { claimed, statusHistory, evidence } = claim.data;
	const days = [
		claimed,
		...statusHistory.map((change) => change.date),
		...evidence.map((entry) => entry.date),
	].map((edtf) => lastKnownDay(toFuzzyDate(edtf)));
	return days.sort().at(-1)!;
}
