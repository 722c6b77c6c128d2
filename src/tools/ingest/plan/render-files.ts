import type { ClaimInput } from '../../../core/schemas/claim.ts';
import type { ClaimantInput } from '../../../core/schemas/claimant.ts';
import type { MeasureInput } from '../../../core/schemas/measure.ts';
import type { SourceData } from '../../../core/schemas/source.ts';
import { formatContentFile } from '../../../core/yaml/content-layout.ts';
import { stampFile } from './ingest-stamp.ts';

/** `content/sources/<id>.md`: frontmatter and the cleaned text, one paragraph per paragraph. */
export function renderSourceFile(data: SourceData, paragraphs: readonly string[]): string {
	return stampFile(
		formatContentFile('sources', { data: { ...data }, body: sourceBody(paragraphs) })
	);
}

/** The stored text of a source as the body of its file; its hash is the source's textHash. */
export function sourceBody(paragraphs: readonly string[]): string {
	return `${paragraphs.join('\n\n')}\n`;
}

/** `content/claims/<id>.md`: a draft claim; `comment` tells the editor where it came from (a YAML comment, never shown). */
export function renderClaimFile(frontmatter: ClaimInput, comment: string): string {
	return stampFile(
		formatContentFile('claims', { data: { ...frontmatter }, comment: comment.split('\n') })
	);
}

/** `content/claimants/<id>.yaml`: a draft claimant. */
export function renderClaimantFile(data: ClaimantInput): string {
	return stampFile(formatContentFile('claimants', { data: { ...data } }));
}

/** `content/measures/<id>.yaml`: a draft measure, for a figure no measure fitted. */
export function renderMeasureFile(data: MeasureInput): string {
	return stampFile(formatContentFile('measures', { data: { ...data } }));
}
