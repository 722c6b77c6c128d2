import { IngestError } from '../extract/article.ts';

/** The most words an article may have: twice the longest long-read, far below a site dump or a feed. */
export const MAX_ARTICLE_WORDS = 20_000;

/** Refuses text too long to be one article, before anything is drafted from it. */
export function requireArticleLength(paragraphs: readonly string[]): void {
	const words = paragraphs.reduce(
		(count, paragraph) => count + (paragraph.match(/\S+/g)?.length ?? 0),
		0
	);
	if (words > MAX_ARTICLE_WORDS)
		throw new IngestError(
			`the article text has ${words.toLocaleString('en-GB')} words, more than one article has (the limit is ${MAX_ARTICLE_WORDS.toLocaleString('en-GB')}) — save the article alone, not a whole page of articles, a feed or a site`
		);
}
