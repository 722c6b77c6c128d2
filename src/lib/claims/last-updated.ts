import { lastKnownDay } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../site/records.ts';

/** The day a claim's record last changed: the latest day of its status history (ISO `YYYY-MM-DD`). */
export function lastUpdated(claim: ClaimRecord): string {
	const days = claim.data.statusHistory.map((change) => lastKnownDay(toFuzzyDate(change.date)));
	return days.sort().at(-1)!;
}
