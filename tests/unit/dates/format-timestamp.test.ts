import { describe, expect, it } from 'vitest';
import {
	formatTimestamp,
	isTimestampWithOffset,
} from '../../../src/core/dates/format-timestamp.ts';

describe('isTimestampWithOffset', () => {
	it('accepts a timestamp with a negative offset', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00-04:00')).toBe(true);
	});

	it('accepts a timestamp in UTC written with Z', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00Z')).toBe(true);
	});

	it('accepts a timestamp without seconds', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51+01:00')).toBe(true);
	});

	it('accepts fractional seconds and a positive half-hour offset', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00.123+05:30')).toBe(true);
	});

	it('rejects a timestamp with no offset', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00')).toBe(false);
	});

	it('rejects a date with no time', () => {
		expect(isTimestampWithOffset('2024-10-18')).toBe(false);
	});

	it('rejects a space instead of T', () => {
		expect(isTimestampWithOffset('2024-10-18 09:51:00Z')).toBe(false);
	});

	it('rejects month 13', () => {
		expect(isTimestampWithOffset('2024-13-18T09:51:00Z')).toBe(false);
	});

	it('rejects month 00', () => {
		expect(isTimestampWithOffset('2024-00-18T09:51:00Z')).toBe(false);
	});

	it('rejects day 32', () => {
		expect(isTimestampWithOffset('2024-10-32T09:51:00Z')).toBe(false);
	});

	it('rejects hour 24', () => {
		expect(isTimestampWithOffset('2024-10-18T24:00:00Z')).toBe(false);
	});

	it('rejects minute 60', () => {
		expect(isTimestampWithOffset('2024-10-18T09:60:00Z')).toBe(false);
	});

	it('rejects an offset of more than 24 hours', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00+25:00')).toBe(false);
	});

	it('rejects an offset without a colon', () => {
		expect(isTimestampWithOffset('2024-10-18T09:51:00-0400')).toBe(false);
	});

	it('rejects surrounding whitespace', () => {
		expect(isTimestampWithOffset(' 2024-10-18T09:51:00Z')).toBe(false);
	});
});

describe('formatTimestamp', () => {
	it('shows the moment on the Kyiv clock, named so: 09:51 at UTC−04:00 is 16:51 in Kyiv (summer time)', () => {
		expect(formatTimestamp('2024-10-18T09:51:00-04:00')).toBe('18 Oct 2024, 16:51 Kyiv time');
	});

	it('follows Kyiv out of summer time: noon UTC is 14:00 in January', () => {
		expect(formatTimestamp('2025-01-15T12:00:00Z')).toBe('15 Jan 2025, 14:00 Kyiv time');
	});

	it('handles half-hour offsets and fractional seconds, and writes the day without a leading zero', () => {
		expect(formatTimestamp('2024-03-05T23:07:59.5+05:30')).toBe('5 Mar 2024, 19:37 Kyiv time');
	});

	it('moves to the next day and year when Kyiv has passed midnight', () => {
		expect(formatTimestamp('2024-12-31T23:30:00-05:00')).toBe('1 Jan 2025, 06:30 Kyiv time');
	});

	it('names September as every other date does', () => {
		expect(formatTimestamp('2025-09-02T08:00:00+09:00')).toBe('2 Sep 2025, 02:00 Kyiv time');
	});

	it('throws for a timestamp with no offset', () => {
		expect(() => formatTimestamp('2024-10-18T09:51:00')).toThrow(
			'"2024-10-18T09:51:00" is not an ISO timestamp with a UTC offset'
		);
	});
});
