import { readByline } from '../byline/read-byline.ts';
import { isSignedByline, looksLikeByline } from '../byline/byline-shape.ts';
import { splitBylineRun } from '../byline/byline-run.ts';
import type { NumberedLine } from './numbered-line.ts';
import { NEWS_TIMESTAMP } from '../time/timestamp-pattern.ts';
import { readDateLine } from './date-line.ts';
import { isFurniture } from '../furniture.ts';
import { titleCase } from '../../../../core/text/normalise-text.ts';

/**
 * Reads the lines between the headline and the article text — standfirst, byline, date lines — and returns them
 * with the lines of the article text, the first of which may be the end of a byline run.
 */
export function readScrapedHeader(lines: readonly NumberedLine[]): ScrapedHeader {
	const standfirst = hasStandfirst(lines) ? lines[0] : undefined;
	const header: ScrapedHeader = { standfirst, authors: [], outlet: undefined, times: [], body: [] };
	let index = standfirst ? 1 : 0;
	for (; index < lines.length; index++) {
		const line = lines[index] as NumberedLine;
		const kind = headerLineKind(lines, index);
		if (kind === undefined) break;
		if (kind.byline !== undefined) addByline(header, kind.byline);
		header.times.push(...kind.times.map((time) => ({ ...time, line: line.number })));
		if (kind.rest !== undefined && kind.rest.trim() !== '') {
			header.body.push({ text: kind.rest, number: line.number });
			index++;
			break;
		}
	}
	header.body.push(...lines.slice(index));
	return header;
}

interface ScrapedHeader {
	standfirst: NumberedLine | undefined;
	authors: string[];
	outlet: string | undefined;
	times: HeaderTime[];
	body: NumberedLine[];
}

/** A printed time, and whether the page labelled it the first publication or just showed it. */
interface HeaderTime {
	text: string;
	label: 'shown' | 'first published';
	line: number;
}

interface HeaderLineKind {
	byline: string | undefined;
	times: Array<Omit<HeaderTime, 'line'>>;
	rest: string | undefined;
}

const PIPED_BYLINE = /^[Bb]y\s+(.+?)\s+[|•·]\s+(.+)$/;
// "Oleh Pavliuk — Monday, 2 December 2024, 12:14": names, a dash, and the time.
const DASHED_BYLINE = /^(\p{Lu}[^—–]+?)\s+[—–]\s+(.+)$/u;

// Case-sensitive on purpose: the time zone is read from capitals.
// "Published date: 11 March 2024 08:12 GMT | Last update: 11 March 2024 21:40 GMT": the update after a bar is left.
const PUBLISHED_LINE = new RegExp(
	`^(?:[Ff]irst published|[Pp]ublished)(?:\\s+(?:on|at|date))?\\s*:?\\s+(${NEWS_TIMESTAMP})(?:\\s*[|•·]\\s*(?:[Ll]ast\\s+)?[Uu]pdated?\\b.*)?$`
);

function headerLineKind(lines: readonly NumberedLine[], index: number): HeaderLineKind | undefined {
	const text = lines[index]?.text;
	if (text === undefined) return undefined;
	const published = PUBLISHED_LINE.exec(text)?.[1];
	if (published !== undefined)
		return {
			byline: undefined,
			times: [{ text: published, label: 'first published' }],
			rest: undefined,
		};
	const run = splitBylineRun(text);
	if (run) return bylineRunKind(run);
	// "by Interfax-Ukraine | Apr. 24, 2025, 10:41": a byline and its time on one line, set apart by a bar or dot.
	const piped = PIPED_BYLINE.exec(text);
	if (
		piped &&
		looksLikeByline(`By ${piped[1]}`) &&
		readDateLine(piped[2]!)?.published !== undefined
	)
		return {
			byline: `By ${piped[1]}`,
			times: [{ text: piped[2]!, label: 'shown' }],
			rest: undefined,
		};
	// A printed page's byline: the name in capitals, the reporter's city on the line under it.
	if (isCapitalsByline(text) && isPlaceLine(lines[index + 1]?.text))
		return { byline: titleCase(text), times: [], rest: undefined };
	if (isPlaceLine(text) && isCapitalsByline(lines[index - 1]?.text))
		return { byline: undefined, times: [], rest: undefined };
	const dashed = DASHED_BYLINE.exec(text);
	if (
		dashed &&
		looksLikeByline(dashed[1]!) &&
		readsAsNames(dashed[1]!) &&
		readDateLine(dashed[2]!)?.published !== undefined
	)
		return { byline: dashed[1]!, times: [{ text: dashed[2]!, label: 'shown' }], rest: undefined };
	// Names alone are a byline when a printed time stands under them, or above them when they read as names and not
	// as a live blog's title-case entry heading ("Nato Confirms North Korean Deployment").
	if (
		looksLikeByline(text) &&
		!isFurniture(text) &&
		(isSignedByline(text) ||
			isTimeLine(lines[index + 1]?.text) ||
			(isTimeLine(lines[index - 1]?.text) && readsAsNames(text)))
	)
		return { byline: text, times: [], rest: undefined };
	return undefined;
}

function bylineRunKind(run: NonNullable<ReturnType<typeof splitBylineRun>>): HeaderLineKind {
	const times: HeaderLineKind['times'] = [{ text: run.shownTime, label: 'shown' }];
	if (run.firstPublishedTime !== undefined)
		times.push({ text: run.firstPublishedTime, label: 'first published' });
	return { byline: run.byline === '' ? undefined : run.byline, times, rest: run.rest };
}

/** "SAMIR BEN RACHED": a name of two to four words, all in capitals. */
function isCapitalsByline(text: string | undefined): boolean {
	return text !== undefined && /^[\p{Lu}'’-]+(?: [\p{Lu}'’-]+){1,3}$/u.test(text);
}

/** "Benghazi", "New Delhi": the one to three capitalised words of a reporter's city, with no punctuation. */
function isPlaceLine(text: string | undefined): boolean {
	return text !== undefined && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(text);
}

/** "Iryna Bondar", "Harriet Lyle and Aaron Pike": each name two to four words. */
function readsAsNames(text: string): boolean {
	return text
		.split(/\s*,\s*|\s+(?:and|&)\s+/)
		.every((name) => /^\S+(?:\s+\S+){1,3}$/.test(name.replace(/\s+in\s+\p{Lu}.*$/u, '')));
}

/** A line that prints a time: a "Published" line, a byline run's time, or any line chrono reads as a date. */
function isTimeLine(text: string | undefined): boolean {
	if (text === undefined) return false;
	return (
		PUBLISHED_LINE.test(text) ||
		splitBylineRun(text) !== undefined ||
		readDateLine(text)?.published !== undefined
	);
}

// The standfirst is the line under the headline when the byline or a date line follows it.
function hasStandfirst(lines: readonly NumberedLine[]): boolean {
	return headerLineKind(lines, 0) === undefined && headerLineKind(lines, 1) !== undefined;
}

function addByline(header: ScrapedHeader, byline: string): void {
	const { authors, outlet } = readByline(byline);
	header.authors.push(...authors);
	header.outlet ??= outlet;
}
