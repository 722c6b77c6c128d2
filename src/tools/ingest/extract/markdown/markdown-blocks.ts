import type { RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The top-level blocks of a Markdown body as their own source text, inline markup kept (`*emphasis*`, `[a](…)`,
 * `## Heading`); a level-1 heading also gives its text without the #'s. Rules, link definitions and comments are left out.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
	const root = parser.parse(markdown);
	return root.children
		.filter((node) => !isLeftOut(node))
		.map((node) => ({ source: sourceOf(markdown, node), title: titleOf(markdown, node) }))
		.filter((block) => block.source !== '');
}

interface MarkdownBlock {
	source: string;
	/** The text of a level-1 heading, which may be the article's headline. */
	title: string | undefined;
}

const parser = unified().use(remarkParse);

function isLeftOut(node: RootContent): boolean {
	if (node.type === 'html') return /^<!--[\s\S]*-->$/.test(node.value.trim());
	return node.type === 'thematicBreak' || node.type === 'definition';
}

function sourceOf(markdown: string, node: RootContent): string {
	return markdown.slice(node.position?.start.offset, node.position?.end.offset).trim();
}

function titleOf(markdown: string, node: RootContent): string | undefined {
	if (node.type !== 'heading' || node.depth !== 1) return undefined;
	const first = node.children[0];
	const last = node.children.at(-1);
	if (!first || !last) return undefined;
	return markdown.slice(first.position?.start.offset, last.position?.end.offset).trim();
}
