import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, toFuzzyDate, type FuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';

function parsed(edtf: string): FuzzyDate {
	const result = parseFuzzyDate(edtf);
	if (!result.ok) throw new Error(`expected ${edtf} to parse, got: ${result.reason}`);
	return result.date;
}

function reason(edtf: string): string {
	const result = parseFuzzyDate(edtf);
	if (result.ok) throw new Error(`expected ${edtf} to be rejected`);
	return result.reason;
}

describe('parseFuzzyDate points', () => {
	it('parses a day as a point whose first and last days are that day', () => {
		expect(parsed('2024-10-18')).toEqual({
			kind: 'point',
			edtf: '2024-10-18',
			point: {
				year: 2024,
				month: 10,
				day: 18,
				precision: 'day',
				approximate: false,
				uncertain: false,
			},
			first: '2024-10-18',
			last: '2024-10-18',
		});
	});

	it('parses a month as a point from its first to its last day', () => {
		expect(parsed('2024-10')).toEqual({
			kind: 'point',
			edtf: '2024-10',
			point: { year: 2024, month: 10, precision: 'month', approximate: false, uncertain: false },
			first: '2024-10-01',
			last: '2024-10-31',
		});
	});

	it('ends February on the 29th in a leap year and the 28th otherwise', () => {
		expect(parsed('2024-02').last).toBe('2024-02-29');
		expect(parsed('2023-02').last).toBe('2023-02-28');
		expect(parsed('1900-02').last).toBe('1900-02-28');
		expect(parsed('2000-02').last).toBe('2000-02-29');
	});

	it('ends a 30-day month on the 30th', () => {
		expect(parsed('2024-06').last).toBe('2024-06-30');
	});

	it('parses a year as a point from 1 January to 31 December', () => {
		expect(parsed('2024')).toEqual({
			kind: 'point',
			edtf: '2024',
			point: { year: 2024, precision: 'year', approximate: false, uncertain: false },
			first: '2024-01-01',
			last: '2024-12-31',
		});
	});

	it('leaves month and day off a year point', () => {
		const date = parsed('2024');
		if (date.kind !== 'point') throw new Error('expected a point');
		expect('month' in date.point).toBe(false);
		expect('day' in date.point).toBe(false);
	});

	it('marks ~ as approximate', () => {
		const date = parsed('2024-06~');
		expect(date.kind === 'point' && date.point).toEqual({
			year: 2024,
			month: 6,
			precision: 'month',
			approximate: true,
			uncertain: false,
		});
		expect([date.first, date.last]).toEqual(['2024-06-01', '2024-06-30']);
	});

	it('marks ? as uncertain', () => {
		const date = parsed('2024?');
		expect(date.kind === 'point' && date.point).toEqual({
			year: 2024,
			precision: 'year',
			approximate: false,
			uncertain: true,
		});
	});

	it('marks % as both approximate and uncertain', () => {
		const date = parsed('2024-10-18%');
		expect(date.kind === 'point' && date.point).toEqual({
			year: 2024,
			month: 10,
			day: 18,
			precision: 'day',
			approximate: true,
			uncertain: true,
		});
		expect([date.first, date.last]).toEqual(['2024-10-18', '2024-10-18']);
	});

	it('keeps the original EDTF text', () => {
		expect(parsed('2024-06~').edtf).toBe('2024-06~');
	});
});

describe('parseFuzzyDate seasons', () => {
	it('parses 2023-24 as winter from December 2023 to the end of February 2024', () => {
		expect(parsed('2023-24')).toEqual({
			kind: 'season',
			edtf: '2023-24',
			year: 2023,
			season: 'winter',
			first: '2023-12-01',
			last: '2024-02-29',
		});
	});

	it('ends a winter on 28 February when the next year is not a leap year', () => {
		expect(parsed('2024-24')).toMatchObject({
			season: 'winter',
			first: '2024-12-01',
			last: '2025-02-28',
		});
	});

	it('parses 2024-21 as spring from March to May', () => {
		expect(parsed('2024-21')).toEqual({
			kind: 'season',
			edtf: '2024-21',
			year: 2024,
			season: 'spring',
			first: '2024-03-01',
			last: '2024-05-31',
		});
	});

	it('parses 2024-22 as summer from June to August', () => {
		expect(parsed('2024-22')).toMatchObject({
			season: 'summer',
			first: '2024-06-01',
			last: '2024-08-31',
		});
	});

	it('parses 2024-23 as autumn from September to November', () => {
		expect(parsed('2024-23')).toMatchObject({
			season: 'autumn',
			first: '2024-09-01',
			last: '2024-11-30',
		});
	});

	it('rejects season codes outside 21 to 24', () => {
		expect(reason('2024-25')).toBe('"2024-25" is not a valid EDTF date');
	});
});

describe('parseFuzzyDate intervals', () => {
	it('parses a day interval with both ends', () => {
		expect(parsed('2024-10-08/2024-10-13')).toEqual({
			kind: 'interval',
			edtf: '2024-10-08/2024-10-13',
			from: {
				year: 2024,
				month: 10,
				day: 8,
				precision: 'day',
				approximate: false,
				uncertain: false,
			},
			to: {
				year: 2024,
				month: 10,
				day: 13,
				precision: 'day',
				approximate: false,
				uncertain: false,
			},
			first: '2024-10-08',
			last: '2024-10-13',
		});
	});

	it('takes the first day of the start month and the last day of the end month', () => {
		expect(parsed('2024-06/2024-08')).toMatchObject({ first: '2024-06-01', last: '2024-08-31' });
	});

	it('takes whole years for a year interval', () => {
		expect(parsed('2024/2025')).toMatchObject({ first: '2024-01-01', last: '2025-12-31' });
	});

	it('parses an interval of a single day', () => {
		expect(parsed('2024-10-18/2024-10-18')).toMatchObject({
			kind: 'interval',
			first: '2024-10-18',
			last: '2024-10-18',
		});
	});

	it('parses an empty start as unknown, with no first day', () => {
		const date = parsed('/2024-10-18');
		expect(date).toMatchObject({
			kind: 'interval',
			from: 'unknown',
			first: null,
			last: '2024-10-18',
		});
	});

	it('parses .. as an open start, with no first day', () => {
		expect(parsed('../2024-10-18')).toMatchObject({
			kind: 'interval',
			from: 'open',
			first: null,
			last: '2024-10-18',
		});
	});

	it('parses .. as an open end, with no last day', () => {
		expect(parsed('2024-10-18/..')).toMatchObject({
			kind: 'interval',
			from: { year: 2024, month: 10, day: 18 },
			to: 'open',
			first: '2024-10-18',
			last: null,
		});
	});

	it('parses an empty end as unknown, with no last day', () => {
		expect(parsed('2024-10-18/')).toMatchObject({
			kind: 'interval',
			to: 'unknown',
			first: '2024-10-18',
			last: null,
		});
	});

	it('keeps qualifiers on each end', () => {
		const date = parsed('2024-06~/2024-08?');
		if (date.kind !== 'interval' || typeof date.from === 'string' || typeof date.to === 'string')
			throw new Error('expected a bounded interval');
		expect([
			date.from.approximate,
			date.from.uncertain,
			date.to.approximate,
			date.to.uncertain,
		]).toEqual([true, false, false, true]);
	});

	it('rejects an interval that ends before it starts, which the edtf library itself accepts', () => {
		expect(reason('2024-10-13/2024-10-08')).toBe('"2024-10-13/2024-10-08" ends before it starts');
	});

	it('rejects an interval with a season end', () => {
		expect(parseFuzzyDate('2024-21/2024-22').ok).toBe(false);
	});
});

describe('parseFuzzyDate rejections', () => {
	it('rejects month 13 as not valid EDTF', () => {
		expect(reason('2024-13-01')).toBe('"2024-13-01" is not a valid EDTF date');
	});

	it('rejects 30 February as not valid EDTF', () => {
		expect(reason('2024-02-30')).toBe('"2024-02-30" is not a valid EDTF date');
	});

	it('rejects a day-first date and suggests it year first', () => {
		expect(parseFuzzyDate('18/10/2024')).toEqual({
			ok: false,
			reason: '"18/10/2024" is not a valid EDTF date',
			suggestion: 'write it year first: 2024-10-18',
		});
	});

	it('pads a one-digit day and month in the suggestion for a dotted day-first date', () => {
		expect(parseFuzzyDate('8.3.2024')).toEqual({
			ok: false,
			reason: '"8.3.2024" is not a valid EDTF date',
			suggestion: 'write it year first: 2024-03-08',
		});
	});

	it('makes no suggestion for text that is not a day-first date', () => {
		expect(parseFuzzyDate('October 2024')).toEqual({
			ok: false,
			reason: '"October 2024" is not a valid EDTF date',
		});
	});

	it('rejects a time of day', () => {
		expect(reason('2024-10-18T09:51')).toBe(
			'claim dates have no time of day; write the day alone, e.g. 2024-10-18'
		);
	});

	it('rejects a time of day with a UTC offset', () => {
		expect(reason('2024-10-18T09:51:00Z')).toBe(
			'claim dates have no time of day; write the day alone, e.g. 2024-10-18'
		);
	});

	it('rejects unspecified digits', () => {
		expect(reason('2024-XX')).toBe(
			'unspecified digits (X) are not used here; write a coarser date instead, e.g. 2024 for "some time in 2024"'
		);
	});

	it('rejects unspecified digits at an interval end as not valid EDTF, since level 1 has no X in intervals', () => {
		expect(reason('2024-10-XX/2024-11')).toBe('"2024-10-XX/2024-11" is not a valid EDTF date');
	});

	it('rejects an empty string as not valid EDTF', () => {
		expect(reason('')).toBe('"" is not a valid EDTF date');
	});

	it('rejects an interval open at both ends', () => {
		expect(parseFuzzyDate('../..').ok).toBe(false);
	});

	it('rejects a set of dates', () => {
		expect(parseFuzzyDate('[2024,2025]').ok).toBe(false);
	});
});

describe('toFuzzyDate', () => {
	it('returns the parsed date for a valid EDTF date', () => {
		expect(toFuzzyDate('2024-10')).toEqual(parsed('2024-10'));
	});

	it('throws with the reason for an invalid one', () => {
		expect(() => toFuzzyDate('2024-XX')).toThrow('unspecified digits (X) are not used here');
		expect(() => toFuzzyDate('2024-10-13/2024-10-08')).toThrow(
			'"2024-10-13/2024-10-08" ends before it starts'
		);
	});
});
