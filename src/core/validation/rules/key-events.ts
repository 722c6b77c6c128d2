import { closest } from 'fastest-levenshtein';
import { findClosestPassage } from '../../text/find-closest-passage.ts';
import { locateQuote } from '../../text/locate-quote.ts';
import { markdownParagraphs } from '../../text/markdown-paragraphs.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * A key event is sourced as a claim is: its report is a stored source whose text has the quoted words (a source stored
 * as excerpts may be cited without), and the claims it bears on exist (a draft among them is linked once published).
 */
export function checkKeyEvents(content: ParsedContent): Problem[] {
	const sources = new Map(content.sources.map((source) => [source.id, source]));
	// Every file, parsed or not: one that fails its schema is reported there, not as missing here.
	const sourceIds = [...content.fileIds.sources];
	const claimIds = [...content.fileIds.claims];
	return content.events.flatMap(({ file, data }): Problem[] => {
		const problems: Problem[] = [];
		const source = sources.get(data.source);
		if (!sourceIds.includes(data.source)) {
			problems.push({
				file,
				field: 'source',
				message: `"${data.source}" is not a source — use the id of a file in content/sources/ (did you mean "${closest(data.source, sourceIds)}"?)`,
			});
		} else if (source && data.quote === undefined) {
			if (source.data.text !== 'excerpts')
				problems.push({
					file,
					field: 'quote',
					message: `is missing — add the words of ${source.file} that tell of the event (only a source stored as excerpts may go without)`,
				});
		} else if (source && data.quote !== undefined) {
			const paragraphs = markdownParagraphs(source.body);
			if (!locateQuote(data.quote, paragraphs))
				problems.push({
					file,
					field: 'quote',
					message: `is not in the text of source "${data.source}" — copy the words exactly from ${source.file}; the closest passage there is: "${findClosestPassage(data.quote, paragraphs.join('\n'))}"`,
				});
		}
		data.claims.forEach((id, index) => {
			if (!claimIds.includes(id))
				problems.push({
					file,
					field: `claims[${index}]`,
					message: `"${id}" is not a claim — use the id of a file in content/claims/ (did you mean "${closest(id, claimIds)}"?)`,
				});
		});
		return problems;
	});
}
