import type { ClaimRecord } from '../site/records.ts';
import { RELATION_LABELS, type RelationType } from './relation-types.ts';

/** A relation as seen from one claim: which way it points, how it reads, and the other claim. */
export interface RelationView {
	type: RelationType;
	direction: 'forward' | 'backward';
	label: string;
	claim: ClaimRecord;
}

/** The claim's relations both ways: those it declares, and those other claims declare towards it. */
export function relationsOf(claim: ClaimRecord, claims: readonly ClaimRecord[]): RelationView[] {
	const byId = new Map(claims.map((other) => [other.id, other]));
	const forward = claim.data.related.flatMap((relation): RelationView[] => {
		const other = byId.get(relation.claim);
		return other
			? [
					{
						type: relation.type,
						direction: 'forward',
						label: RELATION_LABELS[relation.type].forward,
						claim: other,
					},
				]
			: [];
	});
	const backward = claims.flatMap((other) =>
		other.data.related
			.filter((relation) => relation.claim === claim.id)
			.map((relation): RelationView => ({
				type: relation.type,
				direction: 'backward',
				label: RELATION_LABELS[relation.type].backward,
				claim: other,
			}))
	);
	// A relation declared on both claims (or a symmetric one) is shown once.
	const seen = new Set<string>();
	return [...forward, ...backward].filter((view) => {
		const key = `${view.label}:${view.claim.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
