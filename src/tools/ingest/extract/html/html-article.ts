import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { IngestError, type ParsedArticle } from '../article.ts';
import { articleMetadata } from '../article-metadata.ts';
import { datelineOutlet } from '../outlet/dateline-outlet.ts';
import { sameOutlet } from '../outlet/known-outlets.ts';
import { selfNamedOutlet } from '../outlet/self-named-outlet.ts';
import { markdownBlocks } from '../markdown/markdown-blocks.ts';
import { readByline } from '../byline/read-byline.ts';
import { isFurniture } from '../furniture.ts';
import { plainLine } from '../plain-line.ts';
import { pageMetadata } from './page-metadata.ts';

/**
 * Reads a saved web page: its metadata from structured data and meta tags, its article text from Mozilla's
 * Readability (the Firefox reader view) converted to Markdown, so menus, asides and scripts never reach the source.
 */
export function parseHtmlArticle(html: string): ParsedArticle {
	const document = htmlDocument(html);
	const page = pageMetadata(document);
	const reader = readArticle(document);
	if (!reader?.content)
		throw new IngestError(
			'no article text found in the page — save the article page itself (not a home or section page), or paste its text into a .txt file'
		);
	const blocks = markdownBlocks(toMarkdown(reader.content)).map((block) => block.source);
	const notes = selfNamedOutlet(blocks);
	const paragraphs = blocks
		.filter((paragraph) => !isLinkList(paragraph))
		.map(withoutFurnitureLines)
		.filter((paragraph) => paragraph !== '' && !isFurniture(paragraph));
	const headline = page.headline ?? reader.title?.trim();
	const body = dropRepeatedHeadline(paragraphs, headline);
	if (body.length === 0)
		throw new IngestError(
			'no article text found in the page — save the article page itself, or paste its text into a .txt file'
		);
	// A printed byline or date may still stand above the dateline paragraph.
	const dateline = body
		.slice(0, 4)
		.map((paragraph) => datelineOutlet(plainLine(paragraph)))
		.find((outlet) => outlet !== undefined);
	const outlet = page.outlet ?? reader.siteName?.trim() ?? notes.outlet;
	const wire =
		page.originalOutlet ??
		notes.originalOutlet ??
		(dateline !== undefined && (outlet === undefined || !sameOutlet(dateline, outlet))
			? dateline
			: undefined);
	const bylined =
		page.authors.length > 0 ? page.authors : readByline(reader.byline?.trim() ?? '').authors;
	return {
		metadata: articleMetadata({
			headline,
			standfirst: page.standfirst,
			authors: bylined.length > 0 ? bylined : notes.reporters,
			published: page.published,
			updated: page.updated !== page.published ? page.updated : undefined,
			outlet: outlet ?? wire,
			originalOutlet: outlet !== undefined ? wire : undefined,
			url: page.url,
		}),
		paragraphs: body,
	};
}

/** A list whose every item is a link and nothing else: related stories, "Most read", a tag cloud. */
function isLinkList(block: string): boolean {
	return block.split('\n').every((line) => LINK_ITEM.test(line));
}

const LINK_ITEM = /^\s*(?:[-*+]|\d+\.)\s+\[[^\]]+\]\([^)]*\)\s*$/;

/** A paragraph broken into lines (`<br>`) may end on furniture: "jykim@yna.co.kr", "(END)". Those lines go. */
function withoutFurnitureLines(block: string): string {
	const lines = block.split(HARD_BREAK);
	if (lines.length === 1) return block;
	return lines.filter((line) => !isFurniture(line)).join('\\\n');
}

// Markdown's hard line break: a backslash or two spaces at the end of the line.
const HARD_BREAK = /\\\n| {2,}\n/;

// linkedom leaves a fragment ("<p>…</p>" alone, or a page cut short) without a root element, which Readability
// refuses: such a fragment is read as the body of a page.
/**
 * Readability's reading of the page. On a page whose HTML is cut or broken (an unclosed <script> swallows the rest,
 * as it would in a browser), Readability walks off the document and throws; that is the page's fault, said as such.
 */
function readArticle(document: ReturnType<typeof htmlDocument>) {
	try {
		return new Readability(document, { keepClasses: false }).parse();
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		throw new IngestError(
			'the page’s HTML is cut off or broken (an unclosed tag such as <script> hides the article) — save the page again from the browser, or paste the article’s text into a .txt file'
		);
	}
}

// linkedom builds a document as written, not as a browser repairs it: a page cut above its <body> tag would leave the
// article outside any body, which Readability cannot walk. Such a fragment is put inside a page first.
function htmlDocument(html: string) {
	const { document } = parseHTML(html);
	if (document.documentElement && document.body && /<body[\s>]/i.test(html)) return document;
	return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

const toMarkdownProcessor = unified()
	.use(rehypeParse, { fragment: true })
	// Pictures, their captions and credits, and embedded media are never article text.
	.use(rehypeRemark, {
		handlers: Object.fromEntries(
			['figure', 'figcaption', 'img', 'picture', 'video', 'audio', 'iframe', 'svg'].map((tag) => [
				tag,
				() => undefined,
			])
		),
	})
	.use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' });

function toMarkdown(html: string): string {
	return String(toMarkdownProcessor.processSync(html));
}

// Readability keeps the article's own <h1>; the headline is metadata, not a paragraph.
function dropRepeatedHeadline(
	paragraphs: readonly string[],
	headline: string | undefined
): string[] {
	const [first, ...rest] = paragraphs;
	if (first !== undefined && headline !== undefined && plainLine(first) === headline) return rest;
	return [...paragraphs];
}
