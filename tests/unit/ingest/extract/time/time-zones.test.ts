import { describe, expect, it } from 'vitest';
import { zoneOffset } from '../../../../../src/tools/ingest/extract/time/time-zones.ts';

/** The UTC offset of an IANA zone at noon UTC on a day, as ±hh:mm. */
function ianaOffset(timeZone: string, day: string): string {
	const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
		.formatToParts(new Date(`${day}T12:00:00Z`))
		.find((part) => part.type === 'timeZoneName')!.value;
	return name === 'GMT' ? '+00:00' : name.replace(/^GMT/, '');
}

const WALL_CLOCK = '2024-07-01T12:00:00';

describe('zoneOffset', () => {
	// Offsets come from the IANA time-zone database (through Intl), not from a copy of the table under test: each
	// abbreviation is the name a place uses at one time of year.
	it.each([
		['EDT', 'America/New_York', '2024-07-01'],
		['EST', 'America/New_York', '2024-01-15'],
		['CDT', 'America/Chicago', '2024-07-01'],
		['CST', 'America/Chicago', '2024-01-15'],
		['PDT', 'America/Los_Angeles', '2024-07-01'],
		['PST', 'America/Los_Angeles', '2024-01-15'],
		['BST', 'Europe/London', '2024-07-01'],
		['GMT', 'Europe/London', '2024-01-15'],
		['UTC', 'Etc/UTC', '2024-07-01'],
		['CET', 'Europe/Paris', '2024-01-15'],
		['CEST', 'Europe/Paris', '2024-07-01'],
		['EET', 'Europe/Kyiv', '2024-01-15'],
		['EEST', 'Europe/Kyiv', '2024-07-01'],
		['MSK', 'Europe/Moscow', '2024-07-01'],
		['KST', 'Asia/Seoul', '2024-07-01'],
		['JST', 'Asia/Tokyo', '2024-07-01'],
		['AEST', 'Australia/Sydney', '2024-07-01'],
		['AEDT', 'Australia/Sydney', '2024-01-15'],
	])('reads %s as the offset of %s on %s', (zone, place, day) => {
		expect(zoneOffset(zone, `${day}T12:00:00`)).toEqual({ offset: ianaOffset(place, day) });
	});

	it.each([
		['2024-09-03T18:02:00', '+01:00'],
		['2024-12-03T18:02:00', '+00:00'],
	])('reads the UK as British civil time at %s: %s', (wallClock, offset) => {
		expect(zoneOffset('UK', wallClock)).toEqual({ offset });
	});

	it('reads Z as Z', () => {
		expect(zoneOffset('Z', WALL_CLOCK)).toEqual({ offset: 'Z' });
	});

	it.each([
		['GMT+1', '+01:00'],
		['GMT-5', '-05:00'],
		['UTC+09:00', '+09:00'],
		['UTC+0530', '+05:30'],
		['GMT+0', '+00:00'],
		['UTC−3', '-03:00'],
	])('reads the numeric zone %s as %s', (zone, offset) => {
		expect(zoneOffset(zone, WALL_CLOCK)).toEqual({ offset });
	});

	it('calls IST ambiguous: India, Ireland and Israel all use it', () => {
		expect(zoneOffset('IST', WALL_CLOCK)).toEqual({ problem: 'ambiguous' });
	});

	it.each(['XYZ', 'edt', 'GMT+15', 'UTC+01:75', ''])('does not know %j', (zone) => {
		expect(zoneOffset(zone, WALL_CLOCK)).toEqual({ problem: 'unknown' });
	});
});
