import { Day } from './day.ts';

/** When an article came out, as its readers saw it: relative phrases count from here. */
export interface Publication {
	/** The calendar day at the outlet's offset, which can differ from the UTC day. */
	day: Day;
	/** Minutes into `day`, for phrases counted in hours. */
	minuteOfDay: number;
	instant: Date;
	/** Minutes east of UTC: -240 for `-04:00`. */
	offsetMinutes: number;
}

const TIMESTAMP =
	/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads an ISO 8601 publication time such as `2024-10-18T09:51:00-04:00`; throws when it is not one. */
export function readPublication(published: string): Publication {
	const match = TIMESTAMP.exec(published.trim());
	const [, year, month, date, hour = '12', minute = '00', offset = 'Z'] = match ?? [];
	const day = Day.of(Number(year), Number(month), Number(date));
	if (!match || !day) throw new Error(`"${published}" is not an ISO 8601 publication time`);
	const offsetMinutes = minutesEastOfUtc(offset);
	const minuteOfDay = Number(hour) * 60 + Number(minute);
	const instant = new Date(
		Date.UTC(day.year, day.month - 1, day.date) + (minuteOfDay - offsetMinutes) * 60_000
	);
	return { day, minuteOfDay, instant, offsetMinutes };
}

function minutesEastOfUtc(offset: string): number {
	if (offset === 'Z') return 0;
	const digits = offset.replace(':', '');
	const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
	return digits.startsWith('-') ? -minutes : minutes;
}
