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

/**
 * The zone every source time is shown in. Sources publish from Seoul, Kyiv, London and Washington; one zone lets a
 * reader order two reports at a glance, and the story's events are reckoned in Kyiv's.
 */
export const READER_TIME_ZONE = { id: 'Europe/Kyiv', name: 'Kyiv time' } as const;

const KYIV_CLOCK = new Intl.DateTimeFormat('en-GB', {
	timeZone: READER_TIME_ZONE.id,
	day: 'numeric',
	// A number, named from SHORT_MONTHS as every other date on the site is ("Sep", where en-GB now says "Sept").
	month: 'numeric',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23',
});

/** "18 Oct 2024, 16:51 Kyiv time": the moment a source published, on the clock of READER_TIME_ZONE. */
export function formatTimestamp(value: string): string {
	if (!isTimestampWithOffset(value))
		throw new Error(`"${value}" is not an ISO timestamp with a UTC offset`);
	const parts = Object.fromEntries(
		KYIV_CLOCK.formatToParts(new Date(value)).map((part) => [part.type, part.value])
	);
	return `${Number(parts['day'])} ${SHORT_MONTHS[Number(parts['month']) - 1]} ${parts['year']}, ${parts['hour']}:${parts['minute']} ${READER_TIME_ZONE.name}`;
}
