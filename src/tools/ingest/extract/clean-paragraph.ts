import { IngestError } from './article.ts';
import { isFurniture } from './furniture.ts';
import type { NumberedLine } from './text/numbered-line.ts';

/** A scraped line as a clean paragraph, or undefined when the line is page debris rather than article text. */
export function cleanParagraph(line: NumberedLine): string | undefined {
	const text = collapseSpaces(line.text);
	if (text === '' || isFurniture(text)) return undefined;
	const withoutShare = text.replace(SHARE_RUN_IN, '');
	const related = RELATED_LINK.exec(withoutShare);
	if (!related) return withoutShare;
	if (!looksLikeHeadline(related[1] ?? ''))
		throw new IngestError(gluedLinkMessage(line), line.number);
	const rest = withoutShare.slice(related[0].length);
	return rest === '' ? undefined : rest;
}

// The share button's label glued to the first sentence: "ShareSouth Korea’s…". Prose never glues it.
const SHARE_RUN_IN = /^Share(?=[\p{Lu}\p{N}\p{Pi}"'])/u;
// A related-article link: its headline, then "Read more", then the end of the line or the paragraph glued on.
const RELATED_LINK = /^(.*?\S)\s*Read more(?=[\p{Lu}\p{N}\p{Pi}"']|$)/u;
// A sentence end inside the text before "Read more" means article text is glued to the link too.
const SENTENCE_BREAK = /[.!?]["”’')]*(?:\s+|(?=\p{Lu}\p{Ll}))\p{Lu}/u;
const LONGEST_HEADLINE = 200;

function collapseSpaces(line: string): string {
	return line.replace(/[ \t]+/g, ' ').trim();
}

function looksLikeHeadline(text: string): boolean {
	return text.length <= LONGEST_HEADLINE && !SENTENCE_BREAK.test(text);
}

function gluedLinkMessage(line: NumberedLine): string {
	return `line ${line.number} has a related-article link ("…Read more") run together with article text — put the link on a line of its own (or delete it) and run again`;
}
