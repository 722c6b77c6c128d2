import { closest } from 'fastest-levenshtein';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** Every claimant, source and claim a claim names exists, and published claims relate only to published claims. */
export function checkReferences(content: ParsedContent): Problem[] {
	const claimantIds = [...content.fileIds.claimants];
	const sourceIds = [...content.fileIds.sources];
	const claimIds = [...content.fileIds.claims];
	const claimsById = new Map(content.claims.map((claim) => [claim.id, claim]));
	const problems: Problem[] = [];
	for (const { id, file, data } of content.claims) {
		const missing = (
			field: string,
			value: string,
			known: string[],
			what: string,
			folder: string
		) => {
			if (known.includes(value)) return;
			const hint = known.length > 0 ? ` (did you mean "${closest(value, known)}"?)` : '';
			problems.push({
				file,
				field,
				message: `"${value}" is not ${what} — use the id of a file in content/${folder}/${hint}`,
			});
		};
		missing('claimant', data.claimant, claimantIds, 'a claimant', 'claimants');
		const claimant = content.claimants.find((candidate) => candidate.id === data.claimant);
		if (!data.draft && claimant?.data.draft) {
			problems.push({
				file,
				field: 'claimant',
				message: `"${data.claimant}" is a draft claimant, so it has no page yet — review it and remove its draft: true, or name another claimant`,
			});
		}
		data.sources.forEach((citation, index) =>
			missing(`sources[${index}].source`, citation.source, sourceIds, 'a source', 'sources')
		);
		data.statusHistory.forEach((change, index) => {
			if (change.source !== undefined)
				missing(`statusHistory[${index}].source`, change.source, sourceIds, 'a source', 'sources');
		});
		data.evidence.forEach((entry, index) =>
			missing(`evidence[${index}].source`, entry.source, sourceIds, 'a source', 'sources')
		);
		data.related.forEach((relation, index) => {
			const field = `related[${index}].claim`;
			const target = claimsById.get(relation.claim);
			if (relation.claim === id) {
				problems.push({
					file,
					field,
					message: 'points to the claim itself — point it to another claim, or remove the relation',
				});
			} else if (!content.fileIds.claims.has(relation.claim)) {
				missing(field, relation.claim, claimIds, 'a claim', 'claims');
			} else if (!data.draft && target?.data.draft) {
				problems.push({
					file,
					field,
					message: `"${relation.claim}" is a draft, so the link would be broken on the site — review and publish that claim first, or remove the relation`,
				});
			}
		});
	}
	return problems;
}
