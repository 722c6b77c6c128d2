import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../../src/core/dates/format-fuzzy-date.ts';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';

function format(edtf: string) {
	return formatFuzzyDate(toFuzzyDate(edtf));
}

function label(edtf: string): string {
	return format(edtf).label;
}

describe('formatFuzzyDate points', () => {
	it('formats a day as 18 Oct 2024 with its ISO date', () => {
		expect(format('2024-10-18')).toEqual({
			label: '18 Oct 2024',
			parts: [{ text: '18 Oct 2024', datetime: '2024-10-18' }],
		});
	});

	it('formats a single-digit day without a leading zero but pads the datetime', () => {
		expect(format('2024-03-05')).toEqual({
			label: '5 Mar 2024',
			parts: [{ text: '5 Mar 2024', datetime: '2024-03-05' }],
		});
	});

	it('formats a month as June 2024 with datetime 2024-06', () => {
		expect(format('2024-06')).toEqual({
			label: 'June 2024',
			parts: [{ text: 'June 2024', datetime: '2024-06' }],
		});
	});

	it('formats a year as 2024 with datetime 2024', () => {
		expect(format('2024')).toEqual({ label: '2024', parts: [{ text: '2024', datetime: '2024' }] });
	});

	it('formats an approximate month as about June 2024', () => {
		expect(format('2024-06~')).toEqual({
			label: 'about June 2024',
			parts: [{ text: 'about June 2024', datetime: '2024-06' }],
		});
	});

	it('formats an uncertain year as 2024 (uncertain)', () => {
		expect(format('2024?')).toEqual({
			label: '2024 (uncertain)',
			parts: [{ text: '2024 (uncertain)', datetime: '2024' }],
		});
	});

	it('formats an approximate and uncertain day as about 18 Oct 2024 (uncertain)', () => {
		expect(label('2024-10-18%')).toBe('about 18 Oct 2024 (uncertain)');
	});
});

describe('formatFuzzyDate seasons', () => {
	it('formats a winter across two years as winter 2023–24 with no datetime', () => {
		expect(format('2023-24')).toEqual({
			label: 'winter 2023–24',
			parts: [{ text: 'winter 2023–24' }],
		});
	});

	it('formats a winter that ends in a new century by the last two digits of the year', () => {
		expect(label('2099-24')).toBe('winter 2099–00');
	});

	it('formats spring, summer and autumn with their year alone', () => {
		expect(format('2024-21')).toEqual({ label: 'spring 2024', parts: [{ text: 'spring 2024' }] });
		expect(label('2024-22')).toBe('summer 2024');
		expect(label('2024-23')).toBe('autumn 2024');
	});
});

describe('formatFuzzyDate day intervals', () => {
	it('formats an interval within one month as 8–13 Oct 2024', () => {
		expect(format('2024-10-08/2024-10-13')).toEqual({
			label: '8–13 Oct 2024',
			parts: [
				{ text: '8', datetime: '2024-10-08' },
				{ text: '–' },
				{ text: '13 Oct 2024', datetime: '2024-10-13' },
			],
		});
	});

	it('formats an interval across months as 28 Sep – 3 Oct 2024', () => {
		expect(format('2024-09-28/2024-10-03')).toEqual({
			label: '28 Sep – 3 Oct 2024',
			parts: [
				{ text: '28 Sep', datetime: '2024-09-28' },
				{ text: ' – ' },
				{ text: '3 Oct 2024', datetime: '2024-10-03' },
			],
		});
	});

	it('formats an interval across years with both years', () => {
		expect(format('2024-12-28/2025-01-02')).toEqual({
			label: '28 Dec 2024 – 2 Jan 2025',
			parts: [
				{ text: '28 Dec 2024', datetime: '2024-12-28' },
				{ text: ' – ' },
				{ text: '2 Jan 2025', datetime: '2025-01-02' },
			],
		});
	});

	it('writes both years in full when the start is approximate', () => {
		expect(label('2024-10-07~/2024-10-11')).toBe('about 7 Oct 2024 – 11 Oct 2024');
	});

	it('writes both years in full when the start is uncertain', () => {
		expect(label('2024-10-06?/2024-10-08')).toBe('6 Oct 2024 (uncertain) – 8 Oct 2024');
	});

	it('formats a month-to-day interval with both ends in full', () => {
		expect(label('2024-10/2024-10-05')).toBe('October 2024 – 5 Oct 2024');
	});
});

describe('formatFuzzyDate weeks', () => {
	it('formats Monday to Friday as week of 7 Oct 2024 with datetime 2024-W41', () => {
		expect(format('2024-10-07/2024-10-11')).toEqual({
			label: 'week of 7 Oct 2024',
			parts: [{ text: 'week of ' }, { text: '7 Oct 2024', datetime: '2024-W41' }],
		});
	});

	it('formats Monday to Sunday as a week', () => {
		expect(format('2024-10-07/2024-10-13').parts).toEqual([
			{ text: 'week of ' },
			{ text: '7 Oct 2024', datetime: '2024-W41' },
		]);
	});

	it('formats Monday to Saturday, a six-day span, as a week', () => {
		expect(label('2024-10-07/2024-10-12')).toBe('week of 7 Oct 2024');
	});

	it('does not treat Monday to Thursday as a week', () => {
		expect(label('2024-10-07/2024-10-10')).toBe('7–10 Oct 2024');
	});

	it('does not treat Monday to the next Monday as a week', () => {
		expect(label('2024-10-07/2024-10-14')).toBe('7–14 Oct 2024');
	});

	it('does not treat a span that starts on a Tuesday as a week', () => {
		expect(label('2024-10-08/2024-10-12')).toBe('8–12 Oct 2024');
	});

	it('does not treat a span that starts on a Sunday as a week', () => {
		expect(label('2024-10-06/2024-10-11')).toBe('6–11 Oct 2024');
	});

	it('does not treat an approximate Monday start as a week', () => {
		expect(label('2024-10-07~/2024-10-11')).toBe('about 7 Oct 2024 – 11 Oct 2024');
	});

	it('names a week that crosses into a new year by the year of its Thursday, 2025-W01', () => {
		expect(format('2024-12-30/2025-01-03')).toEqual({
			label: 'week of 30 Dec 2024',
			parts: [{ text: 'week of ' }, { text: '30 Dec 2024', datetime: '2025-W01' }],
		});
	});

	it('names the first week of a year that starts on a Monday 2024-W01', () => {
		expect(format('2024-01-01/2024-01-05').parts[1]).toEqual({
			text: '1 Jan 2024',
			datetime: '2024-W01',
		});
	});

	it('names a week 53 when the year has one', () => {
		expect(format('2020-12-28/2021-01-01').parts[1]).toEqual({
			text: '28 Dec 2020',
			datetime: '2020-W53',
		});
		expect(format('2026-12-28/2027-01-03').parts[1]).toEqual({
			text: '28 Dec 2026',
			datetime: '2026-W53',
		});
	});

	it('names the first Monday of 2021 as 2021-W01, after week 53 of 2020', () => {
		expect(format('2021-01-04/2021-01-08').parts[1]).toEqual({
			text: '4 Jan 2021',
			datetime: '2021-W01',
		});
	});
});

describe('formatFuzzyDate month and year intervals', () => {
	it('formats a month range within a year as June–August 2024', () => {
		expect(format('2024-06/2024-08')).toEqual({
			label: 'June–August 2024',
			parts: [
				{ text: 'June', datetime: '2024-06' },
				{ text: '–' },
				{ text: 'August 2024', datetime: '2024-08' },
			],
		});
	});

	it('formats a month range across years with both years', () => {
		expect(label('2024-06/2025-02')).toBe('June 2024 – February 2025');
	});

	it('formats a year range as 2024 – 2025', () => {
		expect(format('2024/2025')).toEqual({
			label: '2024 – 2025',
			parts: [
				{ text: '2024', datetime: '2024' },
				{ text: ' – ' },
				{ text: '2025', datetime: '2025' },
			],
		});
	});

	it('formats an approximate start month with both years', () => {
		expect(label('2024-06~/2024-08')).toBe('about June 2024 – August 2024');
	});
});

describe('formatFuzzyDate intervals with a missing end', () => {
	it('formats an unknown start as on or before 18 Oct 2024', () => {
		expect(format('/2024-10-18')).toEqual({
			label: 'on or before 18 Oct 2024',
			parts: [{ text: 'on or before ' }, { text: '18 Oct 2024', datetime: '2024-10-18' }],
		});
	});

	it('formats an open start as until 18 Oct 2024', () => {
		expect(format('../2024-10-18')).toEqual({
			label: 'until 18 Oct 2024',
			parts: [{ text: 'until ' }, { text: '18 Oct 2024', datetime: '2024-10-18' }],
		});
	});

	it('formats an open end as since 18 Oct 2024', () => {
		expect(format('2024-10-18/..')).toEqual({
			label: 'since 18 Oct 2024',
			parts: [{ text: 'since ' }, { text: '18 Oct 2024', datetime: '2024-10-18' }],
		});
	});

	it('formats an unknown end as from 18 Oct 2024', () => {
		expect(label('2024-10-18/')).toBe('from 18 Oct 2024');
	});

	it('keeps the qualifier of the known end', () => {
		expect(label('../2024-06~')).toBe('until about June 2024');
	});
});
