import { SHORT_MONTHS } from './calendar-names.ts';

const TIMESTAMP =
	/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a string is an ISO 8601 timestamp with an explicit UTC offset, as sources' times are stored. */
export function isTimestampWithOffset(value: string): boolean {
	const match = TIMESTAMP.exec(value);
	if (!match) return false;
	const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
		number,
		number,
		number,
		number,
		number,
	];
	// Date.UTC rolls 30 February into March; a real day survives the round trip.
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		hour < 24 &&
		minute < 60 &&
		!Number.isNaN(Date.parse(value))
	);
}

/** "18 Oct 2024, 09:51 UTC−04:00": the wall-clock time where the source published it, with its offset. */
export function formatTimestamp(value: string): string {
	const match = TIMESTAMP.exec(value);
	if (!match || !isTimestampWithOffset(value))
		throw new Error(`"${value}" is not an ISO timestamp with a UTC offset`);
	const [, year, month, day, hour, minute, offset] = match as unknown as [
		string,
		string,
		string,
		string,
		string,
		string,
		string,
	];
	const zone = offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
	return `${Number(day)} ${SHORT_MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute} ${zone}`;
}
