import { describe, expect, it } from 'vitest';
import { parseNewsTimestamp } from '../../../../../src/tools/ingest/extract/time/news-timestamp.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

describe('parseNewsTimestamp', () => {
	it.each([
		['Fri 18 Oct 2024 12.35 EDT', '2024-10-18T12:35:00-04:00'],
		['Fri 18 Oct 2024 09.51 EDT', '2024-10-18T09:51:00-04:00'],
		['28 Oct 2024 14.05 GMT', '2024-10-28T14:05:00+00:00'],
		['Tuesday 3 September 2024 18:02, UK', '2024-09-03T18:02:00+01:00'],
		['Friday 6 December 2024 09:15, UK', '2024-12-06T09:15:00+00:00'],
		['Fri 25 Oct 2024 08.14 BST', '2024-10-25T08:14:00+01:00'],
		['October 25, 2024 8:14 AM GMT+1', '2024-10-25T08:14:00+01:00'],
		['October 25, 2024 8:14 PM UTC+09:00', '2024-10-25T20:14:00+09:00'],
		['Friday 18 October 2024 12:35 CEST', '2024-10-18T12:35:00+02:00'],
		['Mon 4 Nov 2024, 10.30am EST', '2024-11-04T10:30:00-05:00'],
		['Nov. 4, 2024 at 12:05 a.m. PST', '2024-11-04T00:05:00-08:00'],
		['4 November 2024 12.00pm Z', '2024-11-04T12:00:00Z'],
		['Sept 3, 2024 - 23:59 KST', '2024-09-03T23:59:00+09:00'],
	])('reads %j as %s', (text, timestamp) => {
		expect(parseNewsTimestamp(text, 1)).toBe(timestamp);
	});

	it('gives a bare time the day of another timestamp', () => {
		expect(parseNewsTimestamp('14.20 GMT', 9, '2024-10-28T14:05:00+00:00')).toBe(
			'2024-10-28T14:20:00+00:00'
		);
	});

	it.each(['Reuters', 'Pjotr Sauer', '18 Oct 2024', 'Fri 18 Oct 2024 12.35 EDT and more', '1,500'])(
		'returns undefined for %j, which is not a printed time',
		(text) => {
			expect(parseNewsTimestamp(text, 1)).toBeUndefined();
		}
	);

	it('rejects an unknown zone, naming it and the line, and says to pass --published', () => {
		const error = thrownIngestError(() => parseNewsTimestamp('Fri 18 Oct 2024 12.35 XYZ', 4));
		expect(error.line).toBe(4);
		expect(error.message).toContain('unknown time zone "XYZ" in "Fri 18 Oct 2024 12.35 XYZ"');
		expect(error.message).toContain('--published 2024-10-18T12:35:00±HH:MM');
	});

	it('rejects IST as ambiguous and offers the possible offsets', () => {
		const error = thrownIngestError(() => parseNewsTimestamp('Fri 18 Oct 2024 12.35 IST', 3));
		expect(error.message).toContain('"IST"');
		expect(error.message).toContain('ambiguous');
		expect(error.message).toContain('--published 2024-10-18T12:35:00+05:30');
	});

	it('rejects a time without a zone', () => {
		const error = thrownIngestError(() => parseNewsTimestamp('October 25, 2024 8:14 AM', 2));
		expect(error.message).toMatch(/^no time zone in "October 25, 2024 8:14 AM" — .*--published/);
	});

	it('rejects a bare time when no day is known', () => {
		const error = thrownIngestError(() => parseNewsTimestamp('14.20 GMT', 7));
		expect(error.line).toBe(7);
		expect(error.message).toContain('no date');
	});

	it.each(['31 Feb 2024 12.35 GMT', '18 Oct 2024 25.10 GMT', 'October 25, 2024 13:14 PM GMT'])(
		'rejects %j, which is not a real time',
		(text) => {
			expect(thrownIngestError(() => parseNewsTimestamp(text, 1)).message).toContain(
				'is not a real date and time'
			);
		}
	);
});
