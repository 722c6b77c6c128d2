import { describe, expect, it } from 'vitest';
import {
	formatPublication,
	isPublicationDate,
	publicationDay,
} from '../../../src/core/dates/publication-date.ts';
import { sourceTitle } from '../../../src/core/sources/source-title.ts';

describe('publication dates', () => {
	it.each([
		['2024-10-18T09:51:00-04:00', true, '18 Oct 2024, 16:51 Kyiv time', '2024-10-18'],
		['2024-10-23', true, '23 Oct 2024', '2024-10-23'],
		['2025-02~', true, 'about February 2025', '2025-02-01'],
		['2024-10-29/2024-10-30', true, '29–30 Oct 2024', '2024-10-29'],
	])('reads %s', (value, valid, label, day) => {
		expect(isPublicationDate(value)).toBe(valid);
		expect(formatPublication(value)).toBe(label);
		expect(publicationDay(value)).toBe(day);
	});

	it('refuses what is neither a timestamp with offset nor an EDTF date', () => {
		expect(isPublicationDate('2024-10-18T09:51:00')).toBe(false);
		expect(isPublicationDate('yesterday')).toBe(false);
	});
});

describe('sourceTitle', () => {
	it('is the headline when known, else the outlet (or the one it republished) and the date', () => {
		expect(
			sourceTitle({ headline: 'Troops arrive', outlet: 'The Guardian', published: '2024-10-18' })
		).toBe('Troops arrive');
		expect(
			sourceTitle({
				outlet: 'KBS World',
				originalOutlet: 'Reuters',
				published: '2024-10-29/2024-10-30',
			})
		).toBe('Reuters report, 29–30 Oct 2024');
		expect(sourceTitle({ outlet: 'CNN', published: '2024-10-23' })).toBe('CNN report, 23 Oct 2024');
	});
});
