import { plainLine } from './plain-line.ts';

/** Longest line taken for a headline or link rather than prose when it lacks a sentence's closing punctuation. */
const LONGEST_HEADLINE_WORDS = 24;

/**
 * Whether a paragraph reads as a headline, link, label or list item rather than prose: it does not end as a
 * sentence does. Such lines are other articles' headlines, tags, live-blog entry titles and page chrome; a claim
 * worth drafting is a sentence. Markdown headings are kept, as structure.
 */
export function isHeadlineLike(paragraph: string): boolean {
	if (paragraph.trimStart().startsWith('#')) return false;
	const text = plainLine(paragraph);
	const words = text.split(/\s+/).filter(Boolean).length;
	return words <= LONGEST_HEADLINE_WORDS && !/[.!?…”"’)\]:;]$/u.test(text);
}
