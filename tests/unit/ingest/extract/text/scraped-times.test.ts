import { describe, expect, it } from 'vitest';
import { scrapedTimes } from '../../../../../src/tools/ingest/extract/text/scraped-times.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

const shown = (text: string) => ({ text, label: 'shown' as const, line: 3 });
const firstPublished = (text: string) => ({ text, label: 'first published' as const, line: 3 });

describe('scrapedTimes', () => {
	it('makes the shown time the update when a first-publication time is given', () => {
		expect(
			scrapedTimes(
				[shown('Fri 18 Oct 2024 12.35 EDT'), firstPublished('Fri 18 Oct 2024 09.51 EDT')],
				[]
			)
		).toEqual({ published: '2024-10-18T09:51:00-04:00', updated: '2024-10-18T12:35:00-04:00' });
	});

	it('makes a single shown time the publication, with no update', () => {
		expect(scrapedTimes([shown('28 Oct 2024 14.05 GMT')], [])).toEqual({
			published: '2024-10-28T14:05:00+00:00',
			updated: undefined,
		});
	});

	it('puts a bare "Updated at" time on the day of publication, taking the latest', () => {
		expect(
			scrapedTimes(
				[shown('28 Oct 2024 14.05 GMT')],
				[
					{ text: '14.20 GMT', number: 9 },
					{ text: '15.02 GMT', number: 12 },
				]
			)
		).toEqual({ published: '2024-10-28T14:05:00+00:00', updated: '2024-10-28T15:02:00+00:00' });
	});

	it('gives no times when the page shows none', () => {
		expect(scrapedTimes([], [])).toEqual({ published: undefined, updated: undefined });
	});

	it('rejects an update before the publication', () => {
		const error = thrownIngestError(() =>
			scrapedTimes([shown('28 Oct 2024 14.05 GMT')], [{ text: '09.10 GMT', number: 9 }])
		);
		expect(error.message).toContain('comes before the publication time');
	});
});
