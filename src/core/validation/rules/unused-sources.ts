import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** Every stored source is cited by some claim (drafts included): as an appearance, a status change or evidence. */
export function checkUnusedSources(content: ParsedContent): Problem[] {
	const cited = new Set(
		content.claims.flatMap(({ data }) => [
			...data.sources.map((citation) => citation.source),
			...data.statusHistory.flatMap((change) => (change.source ? [change.source] : [])),
			...data.evidence.map((entry) => entry.source),
		])
	);
	return content.sources
		.filter((source) => !cited.has(source.id))
		.map((source) => ({
			file: source.file,
			field: '(record)',
			message: `no claim cites this source — cite it where it bears on a claim (in a claim's sources, a statusHistory entry or its evidence); delete the file only if its page was never published`,
		}));
}
