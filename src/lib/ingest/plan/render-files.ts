import yaml from 'js-yaml';
import type { ClaimInput } from '../../../schemas/claim.ts';
import { ClaimantSchema, type ClaimantInput } from '../../../schemas/claimant.ts';
import type { SourceData } from '../../../schemas/source.ts';
import { stampFile } from './ingest-stamp.ts';

// Long quotes stay on one line, so a reviewer sees each sentence whole and diffs stay small.
const DUMP_OPTIONS: yaml.DumpOptions = { lineWidth: -1, noRefs: true, quotingType: "'" };

/** `content/sources/<id>.md`: frontmatter and the cleaned text, one paragraph per paragraph. */
export function renderSourceFile(data: SourceData, paragraphs: readonly string[]): string {
	return stampFile(
		`---\n${yaml.dump(withoutUndefined(data), DUMP_OPTIONS)}---\n\n${sourceBody(paragraphs)}`
	);
}

/** The stored text of a source as the body of its file; its hash is the source's textHash. */
export function sourceBody(paragraphs: readonly string[]): string {
	return `${paragraphs.join('\n\n')}\n`;
}

/** `content/claims/<id>.md`: a draft claim; `comment` tells the editor where it came from (a YAML comment, never shown). */
export function renderClaimFile(frontmatter: ClaimInput, comment: string): string {
	return stampFile(
		`---\n# ${comment}\n${yaml.dump(withoutUndefined(frontmatter), DUMP_OPTIONS)}---\n`
	);
}

/** `content/claimants/<id>.yaml`: a draft claimant. */
export function renderClaimantFile(data: ClaimantInput): string {
	// In the schema's field order, as editors write them; no aliases is no line at all.
	const fields = Object.keys(ClaimantSchema.shape) as Array<keyof ClaimantInput>;
	const ordered = Object.fromEntries(
		fields
			.map((field) => [field, data[field]] as const)
			.filter(([, value]) => !(Array.isArray(value) && value.length === 0))
	) as ClaimantInput;
	return stampFile(yaml.dump(withoutUndefined(ordered), DUMP_OPTIONS));
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(record).filter(([, value]) => value !== undefined)
	) as Partial<T>;
}
