const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a string is an ISO 8601 timestamp with an explicit UTC offset, as sources' times are stored. */
export function isTimestampWithOffset(value: string): boolean {
	const match = TIMESTAMP.exec(value);
	return match !== null && !Number.isNaN(Date.parse(value)) && Number(match[2]) <= 12 && Number(match[4]) < 24;
}

/** "18 Oct 2024, 09:51 UTC−04:00": the wall-clock time where the source published it, with its offset. */
export function formatTimestamp(value: string): string {
	const match = TIMESTAMP.exec(value);
	if (!match) throw new Error(`"${value}" is not an ISO timestamp with a UTC offset`);
	const [, year, month, day, hour, minute, offset] = match as unknown as [string, string, string, string, string, string, string];
	const zone = offset === 'Z' ? 'UTC' : `UTC${offset.replace('-', '−')}`;
	return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}, ${hour}:${minute} ${zone}`;
}
