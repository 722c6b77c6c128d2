import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../site/records.ts';

/** The day a claim's record last changed: the latest day of its status history (ISO `YYYY-MM-DD`). */
export function lastUpdated(claim: ClaimRecord): string {
	const days = claim.data.statusHistory.map((change) => {
		const date = toFuzzyDate(change.date);
		return (date.last ?? date.first)!;
	});
	return days.sort().at(-1)!;
}
