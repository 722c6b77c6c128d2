import { IngestError, type ParsedArticle } from './article.ts';
import { parseMarkdownArticle } from './markdown/markdown-article.ts';
import { parseHtmlArticle } from './html/html-article.ts';
import { takePrintedHeader } from './printed-header.ts';
import { knownOutlet, outletOfAddress, sameOutlet } from './outlet/known-outlets.ts';
import { isPublishingPlatform } from './byline/read-byline.ts';
import { requireArticleLength } from '../read/article-length.ts';
import { requireEnglish } from '../read/article-language.ts';
import { parseScrapedText } from './text/scraped-text.ts';
import { everyTime, readableTimesOnly } from './time/time-reading.ts';

/** How to read an article. */
export interface ParseOptions {
	/** The editor gave the publication time, so a printed time that cannot be read is left out instead of an error. */
	publishedGiven?: boolean;
}

/**
 * Turns a raw article (a saved HTML page, scraped plain text, or Markdown with or without frontmatter) into metadata
 * and clean paragraphs; refuses text too long to be one article, or not in English.
 */
export function parseArticle(
	raw: string,
	fileName: string,
	options: ParseOptions = {}
): ParsedArticle {
	const readTimes = options.publishedGiven ? readableTimesOnly : everyTime;
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	if (text.trim() === '')
		throw new IngestError(
			`the file is empty — save the article's text into ${fileName} (headline on the first line) and run again`
		);
	const article = isHtml(text, fileName)
		? parseHtmlArticle(text)
		: isMarkdown(text, fileName)
			? parseMarkdownArticle(text, readTimes)
			: parseScrapedText(
					text.split('\n').map((line, index) => ({ text: line, number: index + 1 })),
					readTimes
				);
	const withHeader = takePrintedHeader(article);
	requireArticleLength(withHeader.paragraphs);
	requireEnglish(withHeader.paragraphs);
	// Only the address may still say whose page it is: a clipped article keeps its source address.
	const named = withHeader.metadata.outlet ?? outletOfAddress(withHeader.metadata.url);
	// A known outlet by the name it goes by, however the page writes it ("euronews").
	const outlet = named === undefined ? undefined : (knownOutlet(named) ?? named);
	// A page that names its outlet where the byline goes ("Africanews", "By Reuters") names no author.
	// Nor does the software it was published with ("Newspack", "WordPress").
	const authors = withHeader.metadata.authors.filter(
		(author) =>
			knownOutlet(author) === undefined &&
			!isPublishingPlatform(author) &&
			// "by Interfax-Ukraine" over the agency's copy: the wire, not a writer.
			(withHeader.metadata.originalOutlet === undefined ||
				!sameOutlet(author, withHeader.metadata.originalOutlet)) &&
			(outlet === undefined || !sameOutlet(author, outlet))
	);
	return {
		...withHeader,
		metadata: { ...withHeader.metadata, authors, ...(outlet === undefined ? {} : { outlet }) },
	};
}

// A saved page says what it is in its first tag, whatever the file is called.
function isHtml(text: string, fileName: string): boolean {
	return (
		/\.x?html?$/i.test(fileName) ||
		/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text)
	);
}

// Only the name or a frontmatter block decides: Markdown-looking text in a .txt file is read as scraped text.
function isMarkdown(text: string, fileName: string): boolean {
	return /\.(?:md|markdown)$/i.test(fileName) || FRONTMATTER_BLOCK.test(text);
}

const FRONTMATTER_BLOCK = /^---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
