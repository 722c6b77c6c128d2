import { split } from 'sentence-splitter';
import { withoutDateline } from '../extract/outlet/dateline-outlet.ts';
import { TITLE_ABBREVIATIONS } from '../find/speakers/role-words.ts';

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
				.flatMap((node) => node.raw.trim().split(AFTER_A_NUMBER))
				.map((text, index) => (index === 0 ? withoutDateline(text) : text))
				.filter((text) => text !== '')
		).map((text, position) => ({ text, paragraph: paragraphIndex, position }))
	);
}

// The splitter takes "2024." and "12." before a capital for ordinals ("in 2024. The army left" stays one sentence);
// in English news prose a whole number that ends in a full stop ends its sentence.
const AFTER_A_NUMBER = /(?<=(?<![.,]\d*)\b\d+\.)\s+(?=[“"‘]?\p{Lu})/u;

/**
 * Joins what the splitter cut after an abbreviation: a "sentence" that starts in lower case ("5 p.m. on Friday"), or
 * one that goes on with a name after a country's initials, a title or an initial ("U.S. Central Command", "Gen.
 * Valery Gerasimov", "John F. Kennedy") — unless it starts as sentences do ("… in the U.S. The ship …").
 */
function joinBrokenSentences(sentences: string[]): string[] {
	const joined: string[] = [];
	for (const sentence of sentences) {
		const previous = joined.at(-1);
		const cut =
			previous !== undefined &&
			(/^\p{Ll}/u.test(sentence) ||
				(BEFORE_A_NAME.test(previous) && !SENTENCE_START.test(sentence)));
		if (cut) joined[joined.length - 1] += ` ${sentence}`;
		else joined.push(sentence);
	}
	return joined;
}

const BEFORE_A_NAME = new RegExp(
	`(?:\\b(?:U\\.S|U\\.K|U\\.N|E\\.U|${TITLE_ABBREVIATIONS})|(?:^|\\s)\\p{Lu})\\.$`,
	'u'
);
const SENTENCE_START =
	/^(?:The|A|An|It|Its|He|His|She|Her|They|Their|We|Our|I|But|And|In|On|At|As|This|That|These|Those|There|However|Meanwhile|Earlier|Later)\b/;
