import { compareFuzzyDates } from '../dates/date-order.ts';
import { toFuzzyDate, type FuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../schemas/records.ts';
import type { Status } from './statuses.ts';

/** One entry of some claim's status history, with the status it replaced (none for the first). */
export interface StatusChange {
	claim: ClaimRecord;
	/** Position in the claim's history, so same-day entries keep their order. */
	position: number;
	date: FuzzyDate;
	from: Status | undefined;
	to: Status;
	note: string;
}

/** Every claim's status changes, newest first (the first recording of a claim counts as a change); opinions have none. */
export function latestStatusChanges(claims: readonly ClaimRecord[], limit: number): StatusChange[] {
	const changes = claims.flatMap((claim) =>
		claim.data.statusHistory.map((entry, position): StatusChange => ({
			claim,
			position,
			date: toFuzzyDate(entry.date),
			from: position === 0 ? undefined : claim.data.statusHistory[position - 1]!.status,
			to: entry.status,
			note: entry.note,
		}))
	);
	return changes
		.sort(
			(a, b) =>
				compareFuzzyDates(b.date, a.date) ||
				a.claim.id.localeCompare(b.claim.id) ||
				b.position - a.position
		)
		.slice(0, limit);
}
