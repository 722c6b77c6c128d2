import { IngestError, type ArticleMetadata, type ParsedArticle } from '../article.ts';
import { everyTime, type TimeReading } from '../time/time-reading.ts';
import { frontmatterMetadata } from './frontmatter-metadata.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { markdownBlocks } from './markdown-blocks.ts';
import { isFurniture } from '../furniture.ts';
import { selfNamedOutlet } from '../outlet/self-named-outlet.ts';
import { rightsHolder } from '../text/labelled-lines.ts';
import { knownOutlet, sameOutlet } from '../outlet/known-outlets.ts';

/**
 * Reads a Markdown article: frontmatter metadata when there is some, a leading `# Heading` as the headline (unless
 * the frontmatter names a different one), then each top-level block, as written, as a paragraph.
 */
export function parseMarkdownArticle(
	text: string,
	readTimes: TimeReading = everyTime
): ParsedArticle {
	const frontmatter = splitFrontmatter(text);
	const fromFrontmatter = frontmatter
		? frontmatterMetadata(frontmatter.fields, frontmatter.keyLines, readTimes)
		: { authors: [] };
	const blocks = belowNavigation(markdownBlocks(frontmatter ? frontmatter.body : text));
	const title = blocks[0]?.title;
	const titleIsHeadline = title !== undefined && (fromFrontmatter.headline ?? title) === title;
	const paragraphs = blocks
		.slice(titleIsHeadline ? 1 : 0)
		.map((block) => block.source)
		.filter((paragraph) => !isFurniture(paragraph));
	if (paragraphs.length === 0)
		throw new IngestError(
			'no article text found after the metadata — check the file is the article itself, with its paragraphs under the headline'
		);
	const notes = selfNamedOutlet(blocks.map((block) => block.source));
	const outlet =
		fromFrontmatter.outlet ??
		notes.outlet ??
		blocks.map((block) => rightsHolder(block.source)).find((holder) => holder !== undefined);
	const originalOutlet = fromFrontmatter.originalOutlet ?? notes.originalOutlet;
	const withNotes: ArticleMetadata = {
		...fromFrontmatter,
		authors: fromFrontmatter.authors.length > 0 ? fromFrontmatter.authors : notes.reporters,
		...(outlet === undefined ? {} : { outlet }),
		...(originalOutlet === undefined ? {} : { originalOutlet }),
	};
	const metadata: ArticleMetadata = titleIsHeadline ? { ...withNotes, headline: title } : withNotes;
	return { metadata: withoutSiteSuffix(metadata), paragraphs };
}

/**
 * A page clipped whole starts with the site's navigation — its logo, menus and "Subscribe | Log in", all links — above
 * the `# Headline`: those blocks go, when every one above the first level-1 heading is links alone or furniture.
 */
function belowNavigation(
	blocks: ReturnType<typeof markdownBlocks>
): ReturnType<typeof markdownBlocks> {
	const headline = blocks.findIndex((block) => block.title !== undefined);
	if (headline <= 0) return blocks;
	const above = blocks.slice(0, headline);
	return above.every((block) => isNavigation(block.source)) ? blocks.slice(headline) : blocks;
}

/** Links and images only, in lists or set apart by bars: `- [Iran](…)`, `[Subscribe](…) | [Log in](…)`. */
function isNavigation(source: string): boolean {
	return (
		isFurniture(source) ||
		source
			.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/^\s*[-*+]\s/gm, '')
			.replace(/[|·•\s]/g, '') === ''
	);
}

/**
 * A clipper stores the page's `<title>`, which may add the site's name to the headline: "Kyiv hands Moscow a list …
 * — Novaya Gazeta Europe". The name is taken off when it is the outlet's, or a known outlet's, and names the outlet.
 */
function withoutSiteSuffix(metadata: ArticleMetadata): ArticleMetadata {
	const suffix = SITE_SUFFIX.exec(metadata.headline ?? '');
	if (!suffix) return metadata;
	const [, headline, site] = suffix as unknown as [string, string, string];
	const named =
		metadata.outlet !== undefined
			? sameOutlet(site, metadata.outlet)
				? metadata.outlet
				: undefined
			: knownOutlet(site);
	return named === undefined ? metadata : { ...metadata, headline, outlet: named };
}

const SITE_SUFFIX = /^(.+?)\s+[|–—]\s+([^|–—]{2,60})$/;
