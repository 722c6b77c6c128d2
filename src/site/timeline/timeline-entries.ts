import type { Status } from '../../core/statuses/statuses.ts';
import { compareFuzzyDates } from '../../core/dates/date-order.ts';
import { toFuzzyDate, type FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { ClaimRecord } from '../../core/schemas/records.ts';

/** Which date places a claim on the timeline: what it is about (falling back to when it was said), or when it was said. */
export type TimelineOrder = 'event' | 'claimed';

/** One row of the timeline: a claim at its date, or a later status change of a claim. */
export type TimelineEntry =
	| {
			kind: 'claim';
			anchor: string;
			date: FuzzyDate;
			placedBy: 'event' | 'claimed';
			claim: ClaimRecord;
			position: 0;
	  }
	| {
			kind: 'status-change';
			anchor: string;
			date: FuzzyDate;
			claim: ClaimRecord;
			position: number;
			from: Status;
			to: Status;
			note: string;
			source?: string | undefined;
	  };

/** All claims and their status changes (every history entry after the first), oldest first. */
export function timelineEntries(
	claims: readonly ClaimRecord[],
	order: TimelineOrder
): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (const claim of claims) {
		const placedBy = order === 'event' && claim.data.event !== undefined ? 'event' : 'claimed';
		const edtf = placedBy === 'event' ? claim.data.event! : claim.data.claimed;
		entries.push({
			kind: 'claim',
			anchor: `claim-${claim.id}`,
			date: toFuzzyDate(edtf),
			placedBy,
			claim,
			position: 0,
		});
		claim.data.statusHistory.forEach((change, index) => {
			if (index === 0) return;
			const from = claim.data.statusHistory[index - 1]!.status;
			entries.push({
				kind: 'status-change',
				anchor: `status-${claim.id}-${index}`,
				date: toFuzzyDate(change.date),
				claim,
				position: index,
				from,
				to: change.status,
				note: change.note,
				source: change.source,
			});
		});
	}
	// Claims before status changes on the same date, then by claim and history position, never by file order.
	return entries.sort(
		(a, b) =>
			compareFuzzyDates(a.date, b.date) ||
			a.kind.localeCompare(b.kind) ||
			a.claim.id.localeCompare(b.claim.id) ||
			a.position - b.position
	);
}
