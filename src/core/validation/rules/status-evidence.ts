import { endsBefore } from '../../dates/date-order.ts';
import { OVERTAKING_RELATION_TYPES } from '../../relations/relation-types.ts';
import { SUPPORTED_STATUSES } from '../../statuses/statuses.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * What a status change must rest on: corroboration and confirmation cite a report other than the claim's own
 * appearances (a claimant's repetition is not corroboration), a withdrawal cites the retraction, and a claim marked
 * outdated is linked from the later claim that overtook it.
 */
export function checkStatusEvidence(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const claimsById = new Map(content.claims.map((claim) => [claim.id, claim]));
	const overtaken = new Set<string>();
	for (const claim of content.claims) {
		claim.data.related.forEach((relation, index) => {
			const target = claimsById.get(relation.claim);
			// Only a claim made no earlier can have overtaken another.
			if (!OVERTAKING_RELATION_TYPES.includes(relation.type) || target === undefined) return;
			if (endsBefore(claim.data.claimed, target.data.claimed)) return;
			overtaken.add(relation.claim);
			const sameClaimant = target.data.claimant === claim.data.claimant;
			if (sameClaimant && relation.type !== 'updates' && target.data.status === 'outdated') {
				problems.push({
					file: claim.file,
					field: `related[${index}].type`,
					message: `is ${relation.type}, but this is ${claim.data.claimant}'s later statement overtaking its own outdated claim "${relation.claim}" — use updates`,
				});
			}
		});
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
