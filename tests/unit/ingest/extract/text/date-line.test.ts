import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../../../../src/tools/ingest/extract/text/date-line.ts';

describe('readDateLine', () => {
	it.each([
		['14:22 JST, February 27, 2025', '2025-02-27T14:22:00+09:00', undefined],
		['Published: 13 Jan. 2025, 11:17', '2025-01-13', undefined],
		['2024-11-20 16:29:06', '2024-11-20', undefined],
		// An ISO day and its time set apart by a pipe (issue 25).
		['2024-11-13 | 15:42 KST', '2024-11-13T15:42:00+09:00', undefined],
		['2024-11-13|15:42 UTC', '2024-11-13T15:42:00+00:00', undefined],
		['2024-11-13 | 15:42', '2024-11-13', undefined],
		['Sept. 2, 2025', '2025-09-02', undefined],
		['Posted : 2024-10-30 08:29:06 Updated : 2024-10-30 10:02:11', '2024-10-30', undefined],
		['2024.11.13 16:05 KST', '2024-11-13T16:05:00+09:00', undefined],
		['Aired February 14, 2025 - 20:00 ET', '2025-02-14T20:00:00-05:00', undefined],
		['Published On 27 Dec 2024', '2024-12-27', undefined],
		// A date printed twice, for two screen sizes, scraped as one run.
		['Published On 9 Feb 20239 Feb 2023', '2023-02-09', undefined],
		// A city's civil time, by the zone Intl names after it, at that day's offset (summer time in Paris).
		[
			'Published on April 2, 2024, at 7:04 am (Paris), updated at 6:41 pm',
			'2024-04-02T07:04:00+02:00',
			undefined,
		],
		['Published on January 12, 2024, at 7:04 am (Paris)', '2024-01-12T07:04:00+01:00', undefined],
		['May 12, 2025, 10:00 Kyiv time', '2025-05-12T10:00:00+03:00', undefined],
		['Oct 23, 2024 at 9:41 pm EDT', '2024-10-23T21:41:00-04:00', undefined],
	])('reads %j', (line, published, updated) => {
		expect(readDateLine(line)).toEqual({ published, updated, outlet: undefined });
	});

	it('reads no line that names a place no time zone is named after', () => {
		expect(readDateLine('Published on April 2, 2024 (Narnia)')).toBeUndefined();
	});

	it('keeps only the day of a time in a zone chrono would have to guess', () => {
		expect(readDateLine('28 Oct 2024 14.05 IST')?.published).toBe('2024-10-28');
	});

	it('names a known outlet printed beside the time', () => {
		expect(readDateLine('Monday October 28 2024, 5.00pm GMT, The Times')).toEqual({
			published: '2024-10-28T17:00:00+00:00',
			updated: undefined,
			outlet: 'The Times',
		});
	});

	it.each([
		'On Monday, the Pentagon said about 11,000 North Korean troops had likely moved into Kursk.',
		'The treaty was signed on June 19, 2024 in Pyongyang.',
		'Seoul weighs response as Pyongyang’s troops head west',
		'March 2025',
	])('leaves prose and partial dates alone: %j', (line) => {
		expect(readDateLine(line)).toBeUndefined();
	});
});
