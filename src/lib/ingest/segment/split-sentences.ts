import { split } from 'sentence-splitter';
import { withoutDateline } from '../extract/outlet/dateline-outlet.ts';

/** One sentence of an article, verbatim, with where it stands. */
export interface Sentence {
	text: string;
	/** 0-based paragraph index. */
	paragraph: number;
	/** 0-based index within the paragraph. */
	position: number;
}

/**
 * Splits paragraphs into sentences with a maintained splitter that knows abbreviations ("Mr.", "U.S."), quotations
 * and ellipses, so a quote such as "The soldiers … are expected" stays one sentence.
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
	return paragraphs.flatMap((paragraph, paragraphIndex) =>
		joinBrokenSentences(
			split(paragraph)
				.filter((node) => node.type === 'Sentence')
				// "SEOUL, Nov. 20 (Yonhap) --" says where the story was filed, not what anyone claims.
				.map((node, index) => (index === 0 ? withoutDateline(node.raw.trim()) : node.raw.trim()))
				.filter((text) => text !== '')
		).map((text, position) => ({ text, paragraph: paragraphIndex, position }))
	);
}

/** A "sentence" that starts in lower case followed an abbreviation the splitter did not know ("5 p.m. on Friday"). */
function joinBrokenSentences(sentences: string[]): string[] {
	const joined: string[] = [];
	for (const sentence of sentences) {
		if (joined.length > 0 && /^\p{Ll}/u.test(sentence)) joined[joined.length - 1] += ` ${sentence}`;
		else joined.push(sentence);
	}
	return joined;
}
