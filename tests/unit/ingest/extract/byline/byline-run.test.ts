import { describe, expect, it } from 'vitest';
import { splitBylineRun } from '../../../../../src/tools/ingest/extract/byline/byline-run.ts';

describe('splitBylineRun', () => {
	it('splits the Guardian byline, update time, first-publication time and first paragraph', () => {
		expect(
			splitBylineRun(
				'Pjotr SauerFri 18 Oct 2024 12.35 EDTFirst published on Fri 18 Oct 2024 09.51 EDTShareSouth Korea’s intelligence agency said'
			)
		).toEqual({
			byline: 'Pjotr Sauer',
			shownTime: 'Fri 18 Oct 2024 12.35 EDT',
			firstPublishedTime: 'Fri 18 Oct 2024 09.51 EDT',
			rest: 'ShareSouth Korea’s intelligence agency said',
		});
	});

	it('reads a run with a single time', () => {
		expect(splitBylineRun('Pjotr SauerFri 18 Oct 2024 09.51 BSTShareSouth Korea’s agency')).toEqual(
			{
				byline: 'Pjotr Sauer',
				shownTime: 'Fri 18 Oct 2024 09.51 BST',
				firstPublishedTime: undefined,
				rest: 'ShareSouth Korea’s agency',
			}
		);
	});

	it('reads a date line alone as a run with no byline and no rest', () => {
		expect(splitBylineRun('28 Oct 2024 14.05 GMT')).toEqual({
			byline: '',
			shownTime: '28 Oct 2024 14.05 GMT',
			firstPublishedTime: undefined,
			rest: '',
		});
	});

	it('drops an older page’s "Last modified on" label', () => {
		expect(splitBylineRun('Pjotr SauerLast modified on Fri 18 Oct 2024 12.35 EDT')?.byline).toBe(
			'Pjotr Sauer'
		);
	});

	it('keeps an unknown zone for the timestamp reader to reject', () => {
		expect(
			splitBylineRun(
				'Pjotr SauerFri 18 Oct 2024 12.35 XYZFirst published on Fri 18 Oct 2024 09.51 XYZ'
			)
		).toMatchObject({
			shownTime: 'Fri 18 Oct 2024 12.35 XYZ',
			firstPublishedTime: 'Fri 18 Oct 2024 09.51 XYZ',
		});
	});

	it.each([
		'The agency said on Fri 18 Oct 2024 12.35 EDT that troops had arrived.',
		'At 10.30 GMT the ministry said troops had arrived.',
		'Russian navy ships reportedly transferred 1,500 forces to Vladivostok',
	])('is not fooled by prose: %j', (text) => {
		expect(splitBylineRun(text)).toBeUndefined();
	});
});
