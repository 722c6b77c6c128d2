import { IngestError, type ParsedArticle } from '../article.ts';
import { everyTime, type TimeReading } from '../time/time-reading.ts';
import { articleMetadata } from '../article-metadata.ts';
import { cleanParagraph } from '../clean-paragraph.ts';
import { datelineOutlet } from '../outlet/dateline-outlet.ts';
import { knownOutlet, sameOutlet } from '../outlet/known-outlets.ts';
import { selfNamedOutlet } from '../outlet/self-named-outlet.ts';
import { readCreditLine } from '../byline/read-byline.ts';
import { takeLabelledLines } from './labelled-lines.ts';
import type { NumberedLine } from './numbered-line.ts';
import { readScrapedHeader } from './scraped-header.ts';
import { scrapedTimes } from './scraped-times.ts';
import { leadingDateLines, readDateLine, type DateLine } from './date-line.ts';
import { skipPageTop } from './page-top.ts';

/** Reads an article scraped as plain text: headline line, standfirst, byline and dates, then one paragraph a line. */
export function parseScrapedText(
	lines: readonly NumberedLine[],
	readTimes: TimeReading = everyTime
): ParsedArticle {
	const labelled = takeLabelledLines(trimmedNonEmpty(lines));
	const top = skipPageTop(labelled.remaining);
	const [headline, ...afterHeadline] = labelled.headline
		? [labelled.headline, ...top.rest]
		: top.rest;
	if (!headline) throw new IngestError(NO_TEXT_MESSAGE);
	const header = readScrapedHeader(afterHeadline);
	// Wire copy names its reporters at the foot ("Reporting by …; Editing by …") when no byline heads it.
	const credited = header.authors.length > 0 ? [] : creditedAuthors(header.body);
	const cleaned = header.body.map(cleanParagraph).filter((text) => text !== undefined);
	const dateLines = leadingDateLines(cleaned);
	const paragraphs = cleaned.filter((paragraph) => !dateLines.has(paragraph));
	if (paragraphs.length === 0) throw new IngestError(NO_TEXT_MESSAGE);
	// A date line straight under the headline reads like a standfirst to the header grammar.
	const standfirstDate = header.standfirst && readDateLine(header.standfirst.text);
	const standfirst = standfirstDate ? undefined : header.standfirst;
	// The header grammar may have taken a time it cannot place ("Published: 13 Jan. 2025, 11:17", no zone): chrono reads its day.
	const headerDate = header.times
		.map((time) => readDateLine(time.text))
		.find((dateLine) => dateLine?.published !== undefined);
	const sent = labelled.sent === undefined ? undefined : readDateLine(labelled.sent);
	const printed =
		standfirstDate || [...dateLines.values()][0] || headerDate || sent || top.headerDate;
	const { published, updated } = printedTimes(
		() => readTimes(() => scrapedTimes(header.times, labelled.updates), NO_TIMES),
		printed
	);
	const notes = selfNamedOutlet(header.body.map((line) => line.text));
	// The masthead is the page's; a byline's or copyright line's outlet under another masthead is the wire the story
	// came from ("U.S. News & World Report" above "© 2024 Reuters").
	// A site's own copyright notice names it even when no list knows the name; a wire's dateline names the wire.
	const named =
		top.masthead ??
		labelled.outlet ??
		(labelled.sender === undefined ? undefined : knownOutlet(labelled.sender)) ??
		header.outlet ??
		printed?.outlet ??
		notes.outlet ??
		labelled.rightsHolder ??
		labelled.sender;
	const dateline =
		datelineOutlet(paragraphs[0] ?? '') ?? notes.originalOutlet ?? header.outlet ?? labelled.outlet;
	const metadata = articleMetadata({
		headline: tidy(headline.text),
		standfirst: standfirst && tidy(standfirst.text),
		authors:
			header.authors.length > 0 ? header.authors : credited.length > 0 ? credited : notes.reporters,
		published,
		updated,
		outlet: named ?? dateline,
		originalOutlet:
			named !== undefined && dateline !== undefined && !sameOutlet(dateline, named)
				? dateline
				: undefined,
		url: labelled.url,
	});
	return { metadata, paragraphs };
}

function creditedAuthors(body: readonly NumberedLine[]): string[] {
	for (const line of body) {
		const authors = readCreditLine(line.text);
		if (authors) return authors;
	}
	return [];
}

const NO_TIMES = { published: undefined, updated: undefined };

/**
 * The times the header grammar reads ("Fri 18 Oct 2024 12.35 EDT / First published …"), else a printed date line
 * read by chrono; a header time that cannot be read stops the ingest only when no date line says when either.
 */
function printedTimes(
	fromHeader: () => { published: string | undefined; updated: string | undefined },
	dateLine: DateLine | undefined
): { published: string | undefined; updated: string | undefined } {
	try {
		const times = fromHeader();
		if (times.published !== undefined || dateLine === undefined) return times;
	} catch (error) {
		if (!(error instanceof IngestError) || dateLine?.published === undefined) throw error;
	}
	return { published: dateLine.published, updated: dateLine.updated };
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
