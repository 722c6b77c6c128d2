import { nameKey } from '../../claimants/claimant-names.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

interface NameUse {
	id: string;
	file: string;
	field: string;
	name: string;
	isAlias: boolean;
}

/** A name (full, short or alias) must lead to one claimant, or the ingest could not tell which one a report means. */
export function checkClaimantNames(content: ParsedContent): Problem[] {
	const problems: Problem[] = [];
	const uses = new Map<string, NameUse[]>();
	for (const { id, file, data } of content.claimants) {
		const own = new Set([nameKey(data.name), nameKey(data.shortName)]);
		const named: NameUse[] = [
			{ id, file, field: 'name', name: data.name, isAlias: false },
			{ id, file, field: 'shortName', name: data.shortName, isAlias: false },
		];
		data.aliases.forEach((alias, index) => {
			const field = `aliases[${index}]`;
			if (own.has(nameKey(alias))) {
				problems.push({
					file,
					field,
					message: `"${alias}" is already one of this claimant's names — remove it`,
				});
				return;
			}
			own.add(nameKey(alias));
			named.push({ id, file, field, name: alias, isAlias: true });
		});
		for (const use of named)
			uses.set(nameKey(use.name), [...(uses.get(nameKey(use.name)) ?? []), use]);
	}
	for (const shared of uses.values()) {
		const owners = new Set(shared.map((use) => use.id));
		if (owners.size < 2) continue;
		// An alias is the easier name to change, so it is the one reported; two full names are both reported.
		const blamed = shared.some((use) => use.isAlias)
			? shared.filter((use) => use.isAlias)
			: shared.slice(1);
		for (const use of blamed) {
			const other = shared.find((candidate) => candidate.id !== use.id)!;
			problems.push({
				file: use.file,
				field: use.field,
				message: `"${use.name}" is also a name of claimant ${other.id} (content/claimants/${other.id}.yaml) — one name must lead to one claimant; if they are the same, merge them, otherwise make the name more specific`,
			});
		}
	}
	return problems;
}
