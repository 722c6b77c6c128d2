import { collectionFileKind, collectionMeta } from '../../collections.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** The collections whose records keep the ids they had before a rename, so old links lead to them. */
const RENAMABLE = ['claims', 'measures'] as const;

/**
 * An old id in `aliases` keeps redirecting to its claim or measure, so it must not be the id of another record of
 * the collection, nor another record's alias.
 */
export function checkAliases(content: ParsedContent): Problem[] {
	return RENAMABLE.flatMap((collection) => {
		const { record } = collectionMeta(collection);
		const files = content.fileIds[collection];
		const problems: Problem[] = [];
		const owner = new Map<string, string>();
		for (const { id, file, data } of content[collection]) {
			data.aliases.forEach((alias, index) => {
				const field = `aliases[${index}]`;
				if (alias === id) {
					problems.push({
						file,
						field,
						message: `"${alias}" is the ${record}'s own id — remove it; aliases are the ids it had before`,
					});
				} else if (files.has(alias)) {
					problems.push({
						file,
						field,
						message: `"${alias}" is the id of the ${record} in ${collectionFile(collection, alias)}, so it cannot redirect here — remove it, or withdraw that ${record} and point to this one instead`,
					});
				} else if (owner.has(alias)) {
					problems.push({
						file,
						field,
						message: `"${alias}" already redirects to ${record} ${owner.get(alias)} — an old id can lead to one ${record} only; remove it from one of them`,
					});
				} else {
					owner.set(alias, id);
				}
			});
		}
		return problems;
	});
}

function collectionFile(collection: (typeof RENAMABLE)[number], id: string): string {
	return `content/${collection}/${id}${collectionFileKind(collection).extensions[0]}`;
}
