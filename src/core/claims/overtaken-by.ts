import { OVERTAKING_RELATION_TYPES } from '../relations/relation-types.ts';
import type { RelationView } from '../relations/relations-of.ts';
import { compareFuzzyDates, endsBefore } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimRecord } from '../schemas/records.ts';

/**
 * The later claims that overtook an outdated claim, from the relations other claims declare towards it: its own
 * claimant's later statements when there are any (`updates`), else anyone's later claim that bears on it.
 */
export function overtakenBy(claim: ClaimRecord, relations: readonly RelationView[]): ClaimRecord[] {
	const later = relations.filter(
		(relation) =>
			relation.direction === 'backward' &&
			OVERTAKING_RELATION_TYPES.includes(relation.type) &&
			!endsBefore(relation.claim.data.claimed, claim.data.claimed)
	);
	const updates = later.filter((relation) => relation.type === 'updates');
	return (updates.length > 0 ? updates : later)
		.map((relation) => relation.claim)
		.sort((a, b) => compareFuzzyDates(toFuzzyDate(a.data.claimed), toFuzzyDate(b.data.claimed)));
}
