import { isTimestampWithOffset } from '../../../dates/format-timestamp.ts';
import { UnquotedDate } from '../../../yaml/content-yaml.ts';
import { IngestError } from '../article.ts';
import { parseNewsTimestamp } from '../time/news-timestamp.ts';

/** A frontmatter time ("2024-11-04T16:42:00-05:00", quoted or not) as an ISO timestamp with its offset; undefined when empty. */
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
	if (hour === undefined)
		throw new IngestError(
			`${key}: ${text} has a date but no time — add the time with its UTC offset, e.g. ${key}: '${date}T09:00:00-05:00'${orFlag(key)}`,
			line
		);
	const wallClock = `${date}T${pad(hour)}:${minute}:${second}${fraction}`;
	if (offset === undefined)
		throw new IngestError(
			`${key}: ${text} has no UTC offset — add the outlet's offset, e.g. ${key}: '${wallClock}-05:00'${orFlag(key)}`,
			line
		);
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

function orFlag(key: string): string {
	return key === 'published' || key === 'date' ? ', or pass --published' : '';
}
