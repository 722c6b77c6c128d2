import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The plain text of each top-level block of a Markdown document (paragraphs, headings, quotes), in order. */
export function markdownParagraphs(markdown: string): string[] {
	return parser
		.parse(markdown)
		.children.map((block) => toString(block))
		.filter((text) => text.trim() !== '');
}
