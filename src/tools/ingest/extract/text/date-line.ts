import * as chrono from 'chrono-node';
import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';
import { knownOutlet } from '../outlet/known-outlets.ts';
import { AMBIGUOUS_ZONES, cityTimeZone, zoneOffset } from '../time/time-zones.ts';
import { plainLine } from '../plain-line.ts';

/** What a printed date line says: when the article was published and updated, and an outlet named beside them. */
export interface DateLine {
	published: string | undefined;
	updated: string | undefined;
	outlet: string | undefined;
}

/**
 * Reads a line that is a printed date and nothing much else — "14:22 JST, February 27, 2025", "Published: 13 Jan.
 * 2025, 11:17", "Posted : 2024-10-30 08:29:06 Updated : 2024-10-30 10:02:11", "Monday October 28 2024, 5.00pm GMT,
 * The Times", "2024-11-13 | 15:42 KST" — with chrono. A time with a zone is kept with its offset; without one only its day is kept, since a
 * wall-clock time in an unknown zone is no time at all. Undefined for any other line, prose that mentions a date included.
 */
export function readDateLine(line: string): DateLine | undefined {
	if (line.length > LONGEST_DATE_LINE) return undefined;
	const text = withoutPipedLabels(line)
		.replace(/\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/g, '$1-$2-$3')
		// "9 Feb 20239 Feb 2023": a page printing its date twice, for two screen sizes, scrapes as one run.
		.replace(/(\b\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})(?=\d{1,2}\s+\p{L})/gu, '$1 ')
		// "2024-11-13 | 15:42 KST": a day and its time set apart by a pipe are one moment.
		.replace(/\b(\d{4}-\d{1,2}-\d{1,2})\s*\|\s*(?=\d{1,2}:\d{2})/g, '$1 ');
	// "7:04 am (Paris)", "10:00 Kyiv time": the civil time of a city, which chrono does not know.
	const city = CITY_TIME.exec(text);
	const cityName = city?.[1] ?? city?.[2];
	const cityZone =
		cityName !== undefined && cityTimeZone(cityName) !== undefined ? cityName : undefined;
	const readable = cityZone === undefined ? text : text.replace(city![0], ' ');
	const parsed = chrono.parse(readable);
	const results = parsed.filter(isFullDate);
	if (results.length === 0) return undefined;
	// A time alone ("updated at 6:41 pm") is part of the line, though it says too little to record.
	let leftover = readable;
	for (const result of parsed) leftover = leftover.replace(result.text, ' ');
	const outletWords = leftover.replace(LABEL_WORDS, ' ').replace(/[^\p{L}\p{N}&' -]/gu, ' ');
	const outlet = knownOutlet(outletWords.replace(/\s+/g, ' ').trim());
	if (outlet === undefined && outletWords.split(/\s+/).filter(Boolean).length > 0) return undefined;
	const times = results.map((result) => ({
		value: AMBIGUOUS_ZONE.test(result.text) ? dayOf(result) : publicationValue(result, cityZone),
		updated: /updat|modif|edited/i.test(text.slice(0, result.index).split(/\d{4}/).at(-1) ?? ''),
	}));
	return {
		published: (times.find((time) => !time.updated) ?? times[0])?.value,
		// A source's update is a moment: a day alone says too little to record.
		updated: times.find((time) => time.updated && isTimestampWithOffset(time.value))?.value,
		outlet,
	};
}

const LONGEST_DATE_LINE = 120;

/**
 * "NEWSLINE | Thursday, February 27, 2025 | 13:00 JST", "World | 12 May 2025": a programme or section set apart by a
 * pipe labels the date beside it; a part with no digit of up to three words is such a label.
 */
function withoutPipedLabels(line: string): string {
	const parts = line.split(/\s+\|\s+/);
	if (parts.length < 2) return line;
	const dated = parts.filter((part) => /\d/.test(part) || part.split(/\s+/).length > 3);
	return dated.length > 0 ? dated.join(' ') : line;
}

/** How many paragraphs under the headline may still be page header: date lines there are not article text. */
const HEADER_PARAGRAPHS = 8;

/** The date lines among the first paragraphs under the headline, by paragraph: page header, not article text. */
export function leadingDateLines(paragraphs: readonly string[]): Map<string, DateLine> {
	const found = new Map<string, DateLine>();
	for (const paragraph of paragraphs.slice(0, HEADER_PARAGRAPHS)) {
		const dateLine = readDateLine(plainLine(paragraph));
		if (dateLine) found.set(paragraph, dateLine);
	}
	return found;
}

// Words that label a printed time: they may stand around it without making the line prose.
const LABEL_WORDS =
	/\b(?:first |last )?(?:published|posted|updated|modified|edited|aired|broadcast|date|time|on|at|am|pm|et|local time|kst|jst|gmt|utc)\b/gi;

function isFullDate(result: chrono.ParsedResult): boolean {
	return (
		result.start.isCertain('year') &&
		result.start.isCertain('month') &&
		result.start.isCertain('day')
	);
}

// chrono would pick one of the offsets such a zone stands for.
const AMBIGUOUS_ZONE = new RegExp(`\\b(?:${[...AMBIGUOUS_ZONES].join('|')})\\b`);

const pad = (value: number | null, length = 2) => String(value ?? 0).padStart(length, '0');

function dayOf({ start }: chrono.ParsedResult): string {
	return `${pad(start.get('year'), 4)}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
}

const CITY_TIME = /\s*\((\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)(?: time)?\)|\s+(\p{Lu}\p{L}+) time\b/u;

/** The moment a parsed date gives, with its offset: chrono's, else the offset of the city the line names. */
function publicationValue(result: chrono.ParsedResult, city: string | undefined): string {
	const { start } = result;
	const day = dayOf(result);
	if (!start.isCertain('hour')) return day;
	const wallClock = `${day}T${pad(start.get('hour'))}:${pad(start.get('minute'))}:00`;
	const offset = start.get('timezoneOffset');
	const cityOffset = city === undefined ? undefined : zoneOffset(city, wallClock);
	const zone =
		start.isCertain('timezoneOffset') && offset !== null
			? `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
			: cityOffset !== undefined && 'offset' in cityOffset
				? cityOffset.offset
				: undefined;
	if (zone === undefined) return day;
	const timestamp = `${wallClock}${zone}`;
	return isTimestampWithOffset(timestamp) ? timestamp : day;
}
