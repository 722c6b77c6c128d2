import { findClosestPassage } from '../../text/find-closest-passage.ts';
import { locateQuote } from '../../text/locate-quote.ts';
import { markdownParagraphs } from '../../text/markdown-paragraphs.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * Every quote appears verbatim (after normalising typography) in the stored text of the source it cites, and names its
 * current version. Only a source stored as excerpts may be cited without a quote.
 */
export function checkQuotes(content: ParsedContent): Problem[] {
	const sources = new Map(
		content.sources.map((source) => [
			source.id,
			{
				file: source.file,
				paragraphs: markdownParagraphs(source.body),
				textHash: source.data.textHash,
				excerptsOnly: source.data.text === 'excerpts',
			},
		])
	);
	const problems: Problem[] = [];
	for (const { file, data } of content.claims) {
		data.sources.forEach((citation, index) => {
			const source = sources.get(citation.source);
			if (!source) return; // an unknown source is reported by the references rule
			if (citation.quote === undefined) {
				if (!source.excerptsOnly) {
					problems.push({
						file,
						field: `sources[${index}].quote`,
						message: `is missing — add the exact words the claim rests on, copied from ${source.file} (only a source stored as excerpts may be cited without a quote)`,
					});
				}
			} else if (!locateQuote(citation.quote, source.paragraphs)) {
				const passage = findClosestPassage(citation.quote, source.paragraphs.join('\n'));
				problems.push({
					file,
					field: `sources[${index}].quote`,
					message: `is not in the text of source "${citation.source}" — copy the words exactly from ${source.file}; the closest passage there is: "${passage}"`,
				});
			}
			// Compared with the recorded textHash: whether that matches the text is the source-hashes rule's business.
			if (citation.sourceVersion !== undefined && citation.sourceVersion !== source.textHash) {
				problems.push({
					file,
					field: `sources[${index}].sourceVersion`,
					message: `names a version of "${citation.source}" that is not its current text — check the quote against ${source.file}, then set sourceVersion: ${source.textHash}`,
				});
			}
		});
	}
	return problems;
}

/** Words in quotation marks: curly quotes in a note, curly or straight ones in the prose of a Markdown body. */
const CURLY = /“([^”]+)”/g;
const CURLY_OR_STRAIGHT = /“([^”]+)”|"([^"\n]+)"/g;

/**
 * Quotation marks in a note or an editor's note stand only around words a stored source has: the source the entry
 * cites, or any the claim cites. A paraphrase (of a report the site stores only as excerpts, say) goes without them.
 */
export function checkQuotedNotes(content: ParsedContent): Problem[] {
	// A note may quote words from the middle of a sentence at the start of its own, so case is not compared.
	const texts = new Map(
		content.sources.map((source) => [
			source.id,
			markdownParagraphs(source.body).map((paragraph) => paragraph.toLowerCase()),
		])
	);
	const problems: Problem[] = [];
	for (const { file, data, body } of content.claims) {
		const cited = [
			...data.sources.map((citation) => citation.source),
			...data.statusHistory.flatMap((change) => (change.source ? [change.source] : [])),
			...data.evidence.map((entry) => entry.source),
		];
		const notes: Array<{ field: string; text: string; quoted: RegExp; sources: string[] }> = [
			...data.statusHistory.map((change, index) => ({
				field: `statusHistory[${index}].note`,
				text: change.note,
				quoted: CURLY,
				sources: change.source ? [change.source, ...cited] : cited,
			})),
			...data.evidence.map((entry, index) => ({
				field: `evidence[${index}].note`,
				text: entry.note,
				quoted: CURLY,
				sources: [entry.source, ...cited],
			})),
			// Its prose only: quotes inside HTML, code or a link's address are not quotations.
			{
				field: "editor's note",
				text: markdownParagraphs(body).join('\n'),
				quoted: CURLY_OR_STRAIGHT,
				sources: cited,
			},
		];
		for (const { field, text, quoted, sources } of notes) {
			for (const [, curly, straight] of text.matchAll(quoted)) {
				const words = curly ?? straight!;
				const found = sources.some((id) => locateQuote(words.toLowerCase(), texts.get(id) ?? []));
				if (!found)
					problems.push({
						file,
						field,
						message: `puts “${words}” in quotation marks, but no stored source it cites has those words — quote only words a stored source has, or say it in your own words without quotation marks`,
					});
			}
		}
	}
	return problems;
}
