import { describe, expect, it } from 'vitest';
import { zoneOffset } from '../../../../../src/lib/ingest/extract/time/time-zones.ts';

describe('zoneOffset', () => {
	it.each([
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
	])('reads %s as %s', (zone, offset) => {
		expect(zoneOffset(zone)).toEqual({ offset });
	});

	it.each([
		['GMT+1', '+01:00'],
		['GMT-5', '-05:00'],
		['UTC+09:00', '+09:00'],
		['UTC+0530', '+05:30'],
		['GMT+0', '+00:00'],
		['UTC−3', '-03:00'],
	])('reads the numeric zone %s as %s', (zone, offset) => {
		expect(zoneOffset(zone)).toEqual({ offset });
	});

	it('calls IST ambiguous: India, Ireland and Israel all use it', () => {
		expect(zoneOffset('IST')).toEqual({ problem: 'ambiguous' });
	});

	it.each(['XYZ', 'edt', 'GMT+15', 'UTC+01:75', ''])('does not know %j', (zone) => {
		expect(zoneOffset(zone)).toEqual({ problem: 'unknown' });
	});
});
