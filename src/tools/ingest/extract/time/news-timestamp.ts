import { isTimestampWithOffset } from '../../../../core/dates/format-timestamp.ts';
import { SHORT_MONTHS } from '../../../../core/dates/calendar-names.ts';
import { IngestError } from '../article.ts';
import { NEWS_TIMESTAMP } from './timestamp-pattern.ts';
import { zoneOffset } from './time-zones.ts';

/**
 * The ISO timestamp with offset that a printed time such as "Fri 18 Oct 2024 12.35 EDT" stands for; undefined when
 * the text is not a time. A bare time ("14.20 GMT") takes the calendar day of `sameDayAs`.
 */
export function parseNewsTimestamp(
	text: string,
	line: number | undefined,
	sameDayAs?: string
): string | undefined {
	const parts = WHOLE_TIMESTAMP.exec(text)?.groups;
	if (!parts) return undefined;
	const day = calendarDay(parts, sameDayAs);
	if (!day) throw new IngestError(noDateMessage(text), line);
	const clock = `${twentyFourHour(parts).padStart(2, '0')}:${parts['minute']}:00`;
	const wallClock = `${day}T${clock}`;
	const offset = offsetOf(parts['zone'], text, wallClock, line);
	const timestamp = `${wallClock}${offset}`;
	if (!isTimestampWithOffset(timestamp)) throw new IngestError(notRealMessage(text), line);
	return timestamp;
}

const WHOLE_TIMESTAMP = new RegExp(`^${NEWS_TIMESTAMP}$`);

type Parts = Record<string, string | undefined>;

function calendarDay(parts: Parts, sameDayAs: string | undefined): string | undefined {
	const year = parts['year'] ?? parts['yearAfter'];
	const month = parts['month'] ?? parts['monthFirst'];
	const day = parts['day'] ?? parts['dayAfter'];
	if (year === undefined || month === undefined || day === undefined)
		return sameDayAs?.slice(0, 10);
	return `${year}-${monthNumber(month)}-${day.padStart(2, '0')}`;
}

function monthNumber(name: string): string {
	const prefix = name.slice(0, 3).toLowerCase();
	const index = SHORT_MONTHS.findIndex((month) => month.toLowerCase() === prefix);
	return String(index + 1).padStart(2, '0');
}

// An impossible hour ("13 PM") is passed on as 99 so the real-date check rejects it.
function twentyFourHour(parts: Parts): string {
	const hour = Number(parts['hour']);
	const meridiem = parts['meridiem']?.charAt(0).toLowerCase();
	if (meridiem === undefined) return String(hour);
	if (hour < 1 || hour > 12) return '99';
	return String((hour % 12) + (meridiem === 'p' ? 12 : 0));
}

function offsetOf(
	zone: string | undefined,
	text: string,
	wallClock: string,
	line: number | undefined
): string {
	const suggestion = `--published ${wallClock}±HH:MM`;
	if (zone === undefined)
		throw new IngestError(
			`no time zone in "${text}" — give the publication time with ${suggestion}, putting the outlet's UTC offset in place of ±HH:MM`,
			line
		);
	const result = zoneOffset(zone, wallClock);
	if ('offset' in result) return result.offset;
	if (result.problem === 'ambiguous')
		throw new IngestError(
			`time zone "${zone}" in "${text}" is ambiguous (India +05:30, Ireland +01:00, Israel +02:00) — give the publication time with --published ${wallClock}+05:30 (or +01:00, +02:00)`,
			line
		);
	throw new IngestError(
		`unknown time zone "${zone}" in "${text}" — give the publication time with ${suggestion}, putting ${zone}'s UTC offset in place of ±HH:MM`,
		line
	);
}

function noDateMessage(text: string): string {
	return `"${text}" gives a time but no date, and no date line above says which day — add the date line (e.g. "28 Oct 2024 14.05 GMT") or give the time with --published`;
}

function notRealMessage(text: string): string {
	return `"${text}" is not a real date and time — correct it in the file or give the time with --published`;
}
