import { compareFuzzyDates } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * A relation between two claims is declared once, on one of them (the page of each shows it); `updates` links one
 * claimant's successive statements, declared on the later one.
 */
export function checkRelations(content: ParsedContent): Problem[] {
	const claimsById = new Map(content.claims.map((claim) => [claim.id, claim]));
	const problems: Problem[] = [...declaredTwice(content)];
	for (const { file, data } of content.claims) {
		data.related.forEach((relation, index) => {
			const target = claimsById.get(relation.claim);
			if (relation.type !== 'updates' || target === undefined) return;
			const field = `related[${index}].type`;
			if (target.data.claimant !== data.claimant) {
				problems.push({
					file,
					field,
					message: `is updates, but "${relation.claim}" is by ${target.data.claimant}, not ${data.claimant} — updates links one claimant's successive statements: use relates-to for another's estimate, or contradicts or corroborates`,
				});
			} else if (
				compareFuzzyDates(toFuzzyDate(data.claimed), toFuzzyDate(target.data.claimed)) < 0
			) {
				problems.push({
					file,
					field,
					message: `is updates, but "${relation.claim}" was claimed later (${target.data.claimed}) than this claim (${data.claimed}) — declare the relation on the later statement instead`,
				});
			}
		});
	}
	return problems;
}

/** A pair of claims related on both: the second declaration repeats the first, or (with another type) contradicts it. */
function declaredTwice(content: ParsedContent): Problem[] {
	const declared = new Map(
		content.claims.flatMap(({ id, data }) =>
			data.related.map((relation) => [`${id} ${relation.claim}`, relation.type] as const)
		)
	);
	return content.claims.flatMap(({ id, file, data }) =>
		data.related.flatMap((relation, index): Problem[] => {
			const back = declared.get(`${relation.claim} ${id}`);
			// Reported on the claim whose id sorts later, so each pair is reported once; a claim related to itself is
			// the reference rule's to report.
			if (back === undefined || id <= relation.claim) return [];
			return [
				{
					file,
					field: `related[${index}]`,
					message:
						back === relation.type
							? `"${relation.claim}" already declares this relation (${back}) to this claim — declare a relation once: remove it here or there`
							: `is ${relation.type}, but "${relation.claim}" declares the same pair as ${back} — a pair of claims has one relation: keep the one that is right, on one of them`,
				},
			];
		})
	);
}
