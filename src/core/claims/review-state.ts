import { lastKnownDay } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../schemas/records.ts';
import { lastUpdated } from './last-updated.ts';

const DAY = 86_400_000;

/** The day an editor last checked the claim: its `reviewed` date, or the last status change when it has none. */
export function lastReviewed(claim: ClaimRecord): string {
	const updated = lastUpdated(claim);
	const reviewed =
		claim.data.reviewed === undefined ? undefined : lastKnownDay(toFuzzyDate(claim.data.reviewed));
	return reviewed !== undefined && reviewed > updated ? reviewed : updated;
}

/** How many whole days before `asOf` the claim was last reviewed; over the limit means it is due for review. */
export function daysSinceReview(claim: ClaimRecord, asOf: string): number {
	return Math.floor(
		(Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${lastReviewed(claim)}T00:00:00Z`)) / DAY
	);
}
