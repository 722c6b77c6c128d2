import { IngestError, type ParsedArticle } from '../article.ts';
import { everyTime, type TimeReading } from './time-reading.ts';
import { articleMetadata } from './article-metadata.ts';
import { cleanParagraph } from './clean-paragraph.ts';
import { datelineOutlet } from './dateline-outlet.ts';
import { takeLabelledLines } from './labelled-lines.ts';
import type { NumberedLine } from './numbered-line.ts';
import { readScrapedHeader } from './scraped-header.ts';
import { scrapedTimes } from './scraped-times.ts';

/** Reads an article scraped as plain text: headline line, standfirst, byline and dates, then one paragraph a line. */
export function parseScrapedText(
	lines: readonly NumberedLine[],
	readTimes: TimeReading = everyTime
): ParsedArticle {
	const labelled = takeLabelledLines(trimmedNonEmpty(lines));
	const [headline, ...afterHeadline] = labelled.remaining;
	if (!headline) throw new IngestError(NO_TEXT_MESSAGE);
	const header = readScrapedHeader(afterHeadline);
	const paragraphs = header.body.map(cleanParagraph).filter((text) => text !== undefined);
	if (paragraphs.length === 0) throw new IngestError(NO_TEXT_MESSAGE);
	const { published, updated } = readTimes(() => scrapedTimes(header.times, labelled.updates), {
		published: undefined,
		updated: undefined,
	});
	const named = labelled.outlet ?? header.outlet;
	const dateline = datelineOutlet(paragraphs[0] ?? '');
	const metadata = articleMetadata({
		headline: tidy(headline.text),
		standfirst: header.standfirst && tidy(header.standfirst.text),
		authors: header.authors,
		published,
		updated,
		outlet: named ?? dateline,
		originalOutlet: named !== undefined && dateline !== named ? dateline : undefined,
		url: labelled.url,
	});
	return { metadata, paragraphs };
}

const NO_TEXT_MESSAGE =
	'no article text found after the metadata — check the file is the article itself, with its paragraphs under the headline';

function trimmedNonEmpty(lines: readonly NumberedLine[]): NumberedLine[] {
	return lines
		.map((line) => ({ text: line.text.trim(), number: line.number }))
		.filter((line) => line.text !== '');
}

function tidy(text: string): string {
	return text.replace(/[ \t]+/g, ' ').trim();
}
