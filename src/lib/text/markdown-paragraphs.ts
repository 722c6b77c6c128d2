import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);

/** The plain text of each top-level block of a Markdown document (paragraphs, headings, quotes, lists), in order. */
export function markdownParagraphs(markdown: string): string[] {
	const root: Root = parser.parse(markdown);
	return root.children
		.map(plainText)
		.map((text) => text.trim())
		.filter((text) => text !== '');
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
