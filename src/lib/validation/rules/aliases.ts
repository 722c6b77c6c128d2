import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** An old id in `aliases` keeps redirecting to its claim, so it must not be any claim's id or another claim's alias. */
export function checkAliases(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const owner = new Map<string, string>();
	for (const { id, file, data } of content.claims) {
		data.aliases.forEach((alias, index) => {
			const field = `aliases[${index}]`;
			if (alias === id) {
				problems.push({
					file,
					field,
					message: `"${alias}" is the claim's own id — remove it; aliases are the ids it had before`,
				});
			} else if (content.fileIds.claims.has(alias)) {
				problems.push({
					file,
					field,
					message: `"${alias}" is the id of the claim in content/claims/${alias}.md, so it cannot redirect here — remove it, or withdraw that claim and point to this one instead`,
				});
			} else if (owner.has(alias)) {
				problems.push({
					file,
					field,
					message: `"${alias}" already redirects to claim ${owner.get(alias)} — an old id can lead to one claim only; remove it from one of them`,
				});
			} else {
				owner.set(alias, id);
			}
		});
	}
	return problems;
}
