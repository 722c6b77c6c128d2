/**
 * The ISO offset ("-04:00") that a zone name such as "EDT", "GMT+1" or "UTC+09:00" stands for, or why it gives none. A
 * country's civil time ("UK", as Sky News prints it) takes the offset it had at `wallClock` (GMT or BST).
 */
export function zoneOffset(
	zone: string,
	wallClock: string
): { offset: string } | { problem: 'ambiguous' | 'unknown' } {
	const named = NAMED_OFFSETS.get(zone);
	if (named !== undefined) return { offset: named };
	const region = REGION_ZONES.get(zone) ?? cityTimeZone(zone);
	if (region !== undefined) return { offset: offsetIn(region, wallClock) };
	if (AMBIGUOUS_ZONES.has(zone)) return { problem: 'ambiguous' };
	const numeric = numericOffset(zone);
	return numeric === undefined ? { problem: 'unknown' } : { offset: numeric };
}

const NAMED_OFFSETS: ReadonlyMap<string, string> = new Map([
	['EDT', '-04:00'],
	['EST', '-05:00'],
	['CDT', '-05:00'],
	['CST', '-06:00'],
	['PDT', '-07:00'],
	['PST', '-08:00'],
	['BST', '+01:00'],
	['GMT', '+00:00'],
	['UTC', '+00:00'],
	['Z', 'Z'],
	['CET', '+01:00'],
	['CEST', '+02:00'],
	['EET', '+02:00'],
	['EEST', '+03:00'],
	['MSK', '+03:00'],
	['KST', '+09:00'],
	['JST', '+09:00'],
	['AEST', '+10:00'],
	['AEDT', '+11:00'],
]);

/** Countries printed as a time zone, with the IANA zone of their civil time. */
const REGION_ZONES: ReadonlyMap<string, string> = new Map([['UK', 'Europe/London']]);

/** IANA zones by the city that names them ("Paris" → Europe/Paris), as Intl lists them; old spellings kept beside. */
const CITY_ZONES: ReadonlyMap<string, string> = new Map(
	Intl.supportedValuesOf('timeZone').flatMap((zone) => {
		const city = zone.split('/').at(-1)!.replaceAll('_', ' ');
		return city === 'Kiev'
			? [
					[city, zone],
					['Kyiv', zone],
				]
			: [[city, zone]];
	})
);

/** The IANA zone of a city a page prints its time in: "7:04 am (Paris)", "10:00 Kyiv time". */
export function cityTimeZone(city: string): string | undefined {
	return CITY_ZONES.get(city);
}

/**
 * The offset an IANA zone had at a wall-clock time, read by Intl at that time taken as UTC: right but for the hour or
 * two around a clock change.
 */
function offsetIn(timeZone: string, wallClock: string): string {
	const name = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(`${wallClock}Z`))
		.find((part) => part.type === 'timeZoneName')?.value;
	return name === undefined || name === 'GMT' ? '+00:00' : name.replace(/^GMT/, '');
}

/** Zone names that stand for several offsets — IST is India (+05:30), Ireland (+01:00) and Israel (+02:00): picking one would be a guess. */
export const AMBIGUOUS_ZONES: ReadonlySet<string> = new Set(['IST']);

const NUMERIC_ZONE = /^(?:GMT|UTC) ?([+\-−])(\d{1,2})(?::?(\d{2}))?$/;

function numericOffset(zone: string): string | undefined {
	const match = NUMERIC_ZONE.exec(zone);
	if (!match) return undefined;
	const [, sign, hours, minutes = '00'] = match as unknown as [string, string, string, string?];
	if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
	return `${sign === '+' ? '+' : '-'}${hours.padStart(2, '0')}:${minutes}`;
}
