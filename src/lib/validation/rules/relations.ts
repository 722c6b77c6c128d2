import { compareFuzzyDates } from '../../dates/date-order.ts';
import { toFuzzyDate } from '../../dates/fuzzy-date.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** `updates` links one claimant's successive statements, declared on the later one. */
export function checkRelations(content: ParsedContent): Problem[] {
	const claimsById = new Map(content.claims.map((claim) => [claim.id, claim]));
	const problems: Problem[] = [];
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
