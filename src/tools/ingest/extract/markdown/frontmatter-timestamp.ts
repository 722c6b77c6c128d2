import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';
import { parseFuzzyDate } from '../../../../core/dates/fuzzy-date.ts';
import { UnquotedDate } from '../../../../core/yaml/content-yaml.ts';
import { IngestError } from '../article.ts';
import { parseNewsTimestamp } from '../time/news-timestamp.ts';

/**
 * A frontmatter time ("2024-11-04T16:42:00-05:00", quoted or not) as an ISO timestamp with its offset; for the
 * publication, only the day when the file gives no time or no zone; undefined when empty.
 */
export function frontmatterTimestamp(
	value: unknown,
	key: string,
	line: number | undefined
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text = value instanceof UnquotedDate ? value.text : value;
	if (typeof text !== 'string')
		throw new IngestError(notATimeMessage(key, JSON.stringify(value)), line);
	if (isTimestampWithOffset(text)) return text;
	const iso = YAML_TIMESTAMP.exec(text.trim());
	if (iso) return fromYamlTimestamp(iso, key, text, line);
	const printed = parseNewsTimestamp(text.trim(), line);
	if (printed === undefined) throw new IngestError(notATimeMessage(key, text), line);
	return printed;
}

// ISO 8601 and the looser YAML 1.1 forms: "2024-11-04 16:42:00 -5", "2024-11-04t16:42:00Z", or a bare date.
const YAML_TIMESTAMP =
	/^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d)(?::(\d\d)(\.\d+)?)?(?:[ \t]*(Z|[-+]\d\d?(?::?\d\d)?))?)?$/;

function fromYamlTimestamp(
	match: RegExpExecArray,
	key: string,
	text: string,
	line: number | undefined
): string {
	const [, year, month, day, hour, minute, second = '00', fraction = '', offset] = match;
	const date = `${year}-${pad(month)}-${pad(day)}`;
	const wallClock = `${date}T${pad(hour ?? '0')}:${minute ?? '00'}:${second}${fraction}`;
	if (hour === undefined || offset === undefined) {
		// As a printed date line is read: the day is what the file says when it gives no time, or a time in no zone
		// (a wall-clock time in an unknown zone is no time at all). An update is a moment, so a day will not do.
		if (isPublicationKey(key) && parseFuzzyDate(date).ok) return date;
		throw new IngestError(
			hour === undefined
				? `${key}: ${text} has a date but no time — add the time with its UTC offset, e.g. ${key}: '${date}T09:00:00-05:00'${orFlag(key)}`
				: `${key}: ${text} has no UTC offset — add the outlet's offset, e.g. ${key}: '${wallClock}-05:00'${orFlag(key)}`,
			line
		);
	}
	const timestamp = `${wallClock}${isoOffset(offset)}`;
	if (!isTimestampWithOffset(timestamp))
		throw new IngestError(`${key}: ${text} is not a real date and time — correct it`, line);
	return timestamp;
}

function pad(digits: string | undefined): string {
	return (digits ?? '').padStart(2, '0');
}

function isoOffset(offset: string): string {
	if (offset === 'Z') return 'Z';
	const [, sign, hours, minutes = '00'] = /^([-+])(\d\d?):?(\d\d)?$/.exec(offset) ?? [];
	return `${sign}${pad(hours)}:${minutes}`;
}

function notATimeMessage(key: string, text: string): string {
	return `${key}: ${text} is not a time — write it with its UTC offset, e.g. ${key}: '2024-11-04T16:42:00-05:00'`;
}

/**
 * The keys that give the publication time, which --published gives instead, in the order they are looked for; read-later
 * apps (Omnivore among them) export `date_published`.
 */
export const PUBLICATION_KEYS = ['published', 'date', 'date_published'] as const;
const isPublicationKey = (key: string) => (PUBLICATION_KEYS as readonly string[]).includes(key);

function orFlag(key: string): string {
	return isPublicationKey(key) ? ', or pass --published' : '';
}
