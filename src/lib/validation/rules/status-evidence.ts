import { SUPPORTED_STATUSES } from '../../statuses/statuses.ts';
import { endsBefore } from './status-history.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** Relation types by which a later claim can show that an earlier one, accurate when made, has been overtaken. */
const OVERTAKING_RELATIONS = new Set(['updates', 'contradicts', 'relates-to']);

/**
 * What a status change must rest on: corroboration and confirmation cite a report other than the claim's own
 * appearances (a claimant's repetition is not corroboration), a withdrawal cites the retraction, and a claim marked
 * outdated is linked from the later claim that overtook it.
 */
export function checkStatusEvidence(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const claimed = new Map(content.claims.map((claim) => [claim.id, claim.data.claimed]));
	const overtaken = new Set<string>();
	for (const claim of content.claims) {
		for (const relation of claim.data.related) {
			const target = claimed.get(relation.claim);
			// Only a claim made no earlier can have overtaken another.
			if (!OVERTAKING_RELATIONS.has(relation.type) || target === undefined) continue;
			if (!endsBefore(claim.data.claimed, target)) overtaken.add(relation.claim);
		}
	}
	for (const { id, file, data } of content.claims) {
		const appearances = data.sources.map((citation) => citation.source);
		data.statusHistory.forEach((change, index) => {
			const field = `statusHistory[${index}].source`;
			if (SUPPORTED_STATUSES.includes(change.status)) {
				if (change.source === undefined) {
					problems.push({
						file,
						field,
						message: `is missing — a change to ${change.status} must cite the report that bears the claim out: the id of a file in content/sources/`,
					});
				} else if (appearances.includes(change.source)) {
					problems.push({
						file,
						field,
						message: `"${change.source}" is where this claim itself appears (its sources) — a claim cannot ${change.status === 'confirmed' ? 'confirm' : 'corroborate'} itself, and its claimant's repetition is no support: cite a later report by someone else, or keep the status claimed`,
					});
				}
			}
			if (change.status === 'withdrawn' && change.source === undefined) {
				problems.push({
					file,
					field,
					message: 'is missing — a withdrawal must cite the report of the retraction',
				});
			}
		});
		const outdatedAt = data.statusHistory.findIndex((change) => change.status === 'outdated');
		if (outdatedAt >= 0 && !overtaken.has(id)) {
			problems.push({
				file,
				field: `statusHistory[${outdatedAt}].status`,
				message: `is "outdated", but no claim says what overtook it — on the later claim, add related: [{ type: updates, claim: ${id} }] (updates when it is the same claimant's later statement; otherwise relates-to or contradicts)`,
			});
		}
	}
	return problems;
}
