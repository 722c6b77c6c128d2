import { describe, expect, it } from 'vitest';
import { dayRelativeToPrevious } from '../../../../../src/tools/ingest/find/dates/relative-to-previous.ts';

describe('dayRelativeToPrevious', () => {
	it.each([
		['Eight days later, Blinken said as many as 8,000 had reached Kursk.', '2024-10-31'],
		['A day earlier, Zelensky said that Russia had lost a battalion.', '2024-10-22'],
		['Two weeks later, the Pentagon said about 11,000 were in Kursk.', '2024-11-06'],
		['The same day, HUR said at least 30 were killed or wounded.', '2024-10-23'],
		['The next day, the Kremlin denied it.', '2024-10-24'],
		['3 days before, the agency said so.', '2024-10-20'],
	])('reads %j counted from 23 Oct 2024', (sentence, day) => {
		expect(dayRelativeToPrevious(sentence, '2024-10-23')).toBe(day);
	});

	it('reads "the same day" and "at the time" right after the verb as the previous statement’s day', () => {
		expect(
			dayRelativeToPrevious(
				'HUR said the same day that 30 were hurt.',
				'2024-12-16',
				' the same day that 30 were hurt.'
			)
		).toBe('2024-12-16');
		expect(
			dayRelativeToPrevious(
				'He said at the time that more would come.',
				'2025-02-14',
				' at the time that more would come.'
			)
		).toBe('2025-02-14');
		expect(
			dayRelativeToPrevious(
				'He said more would come at the time of the talks.',
				'2025-02-14',
				' more would come at the time of the talks.'
			)
		).toBeUndefined();
	});

	it('counts across the end of a month and a year', () => {
		expect(dayRelativeToPrevious('Four days later, Zelensky said so.', '2024-12-30')).toBe(
			'2025-01-03'
		);
	});

	it('says nothing without a day to count from, or when the sentence does not open with a count', () => {
		expect(dayRelativeToPrevious('Eight days later, Blinken said so.', undefined)).toBeUndefined();
		expect(
			dayRelativeToPrevious('Eight days later, Blinken said so.', '/2024-10-23')
		).toBeUndefined();
		expect(
			dayRelativeToPrevious('Blinken said eight days later that 8,000 were there.', '2024-10-23')
		).toBeUndefined();
	});
});
