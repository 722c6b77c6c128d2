import type { ParsedArticle } from './article.ts';
import { looksLikeByline } from './byline/byline-shape.ts';
import { readByline } from './byline/read-byline.ts';
import { isHeadlineLike } from './headline-like.ts';
import { plainLine } from './plain-line.ts';
import { leadingDateLines } from './text/date-line.ts';

/** How many paragraphs under the headline may still be a printed byline. */
const BYLINE_PARAGRAPHS = 4;

/**
 * Takes a printed date line and byline out of the first paragraphs of a page or Markdown file ("By Jane Doe",
 * "*October 31, 2024*"), and fills in the publication time, authors and outlet they give when the metadata has none;
 * drops lines that read as headlines or links rather than sentences.
 */
export function takePrintedHeader(article: ParsedArticle): ParsedArticle {
	const dateLines = leadingDateLines(article.paragraphs);
	const bylines = article.paragraphs
		.slice(0, BYLINE_PARAGRAPHS)
		.filter(
			(paragraph) => /^by\s/i.test(plainLine(paragraph)) && looksLikeByline(plainLine(paragraph))
		);
	const printed = [...dateLines.values()][0];
	const { metadata } = article;
	const printedAuthors = bylines.flatMap((byline) => readByline(plainLine(byline)).authors);
	const published = metadata.published ?? printed?.published;
	const outlet = metadata.outlet ?? printed?.outlet;
	return {
		metadata: {
			...metadata,
			authors: metadata.authors.length > 0 ? metadata.authors : printedAuthors,
			...(published ? { published } : {}),
			...(outlet ? { outlet } : {}),
		},
		paragraphs: article.paragraphs.filter(
			(paragraph) =>
				!dateLines.has(paragraph) && !bylines.includes(paragraph) && !isHeadlineLike(paragraph)
		),
	};
}
