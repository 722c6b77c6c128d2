import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** A top-level block of a Markdown document as plain text, and whether it is a heading. */
export interface TextBlock {
	text: string;
	heading: boolean;
}

/** The plain text of each top-level block of a Markdown document (paragraphs, headings, quotes, lists), in order. */
export function markdownParagraphs(markdown: string): string[] {
	return markdownTextBlocks(markdown).map((block) => block.text);
}

/** Like markdownParagraphs, saying which blocks are headings (the ingest tool drafts no claim from a heading). */
export function markdownTextBlocks(markdown: string): TextBlock[] {
	const root: Root = parser.parse(markdown);
	return root.children
		.map((block) => ({ text: plainText(block).trim(), heading: block.type === 'heading' }))
		.filter((block) => block.text !== '');
}

/** Text of a node; line breaks and the seams between nested blocks become spaces, so words never run together. */
function plainText(node: Nodes): string {
	if (node.type === 'break') return ' ';
	if (node.type === 'image') return node.alt ?? '';
	if ('value' in node && node.type !== 'html') return node.value;
	if (!('children' in node)) return '';
	const separator =
		node.type === 'paragraph' ||
		node.type === 'heading' ||
		node.type === 'tableCell' ||
		isInline(node)
			? ''
			: ' ';
	return node.children.map((child) => plainText(child as Nodes)).join(separator);
}

function isInline(node: Nodes): boolean {
	return ['emphasis', 'strong', 'delete', 'link', 'linkReference'].includes(node.type);
}
