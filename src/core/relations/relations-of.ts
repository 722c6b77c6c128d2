import type { ClaimRecord } from '../schemas/records.ts';
import { RELATION_LABELS, type RelationType } from './relation-types.ts';

/** A relation as seen from one claim: which way it points, how it reads, and the other claim. */
export interface RelationView {
	type: RelationType;
	direction: 'forward' | 'backward';
	label: string;
	claim: ClaimRecord;
}

/**
 * Indexes every relation once, both ways, and returns a lookup of one claim's relations: those it declares, and
 * those other claims declare towards it. Built once per build, so a page costs a lookup, not a scan of all claims.
 */
export function relationIndex(claims: readonly ClaimRecord[]): (claimId: string) => RelationView[] {
	const byId = new Map(claims.map((claim) => [claim.id, claim]));
	const views = new Map<string, RelationView[]>();
	const add = (id: string, view: RelationView) => {
		const list = views.get(id);
		if (list) list.push(view);
		else views.set(id, [view]);
	};
	for (const claim of claims) {
		for (const relation of claim.data.related) {
			const other = byId.get(relation.claim);
			if (!other) continue;
			add(claim.id, {
				type: relation.type,
				direction: 'forward',
				label: RELATION_LABELS[relation.type].forward,
				claim: other,
			});
			add(other.id, {
				type: relation.type,
				direction: 'backward',
				label: RELATION_LABELS[relation.type].backward,
				claim,
			});
		}
	}
	return (claimId) => {
		const all = views.get(claimId) ?? [];
		// Forward first; a relation declared on both claims (or a symmetric one) is shown once.
		const ordered = [
			...all.filter((view) => view.direction === 'forward'),
			...all.filter((view) => view.direction === 'backward'),
		];
		const seen = new Set<string>();
		return ordered.filter((view) => {
			const key = `${view.label}:${view.claim.id}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
	};
}
