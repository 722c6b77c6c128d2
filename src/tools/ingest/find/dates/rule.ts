import type { DateExpression } from './date-expression.ts';
import type { Publication } from './publication.ts';

/** Named groups of a rule's match; a group that took no part is undefined. */
export type Groups = Partial<Record<string, string>>;

/** One kind of time expression: its pattern (a `u`-flag source) and how a match resolves to EDTF. */
export interface DateRule {
	pattern: string;
	/** The EDTF the match means, or undefined when it turns out not to be a date. */
	resolve(groups: Groups, publication: Publication): string | undefined;
}

/** Every match of every rule, whole words only; matches of different rules may overlap. */
export function matchRules(
	sentence: string,
	rules: readonly DateRule[],
	publication: Publication
): DateExpression[] {
	return rules.flatMap((rule) => {
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.pattern})(?![\\p{L}\\p{N}])`, 'gu');
		return [...sentence.matchAll(pattern)].flatMap((match) => {
			const edtf = rule.resolve(match.groups ?? {}, publication);
			return edtf === undefined ? [] : [{ text: match[0], index: match.index, edtf }];
		});
	});
}
