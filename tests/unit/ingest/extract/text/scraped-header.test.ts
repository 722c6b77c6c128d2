import { describe, expect, it } from 'vitest';
import { readScrapedHeader } from '../../../../../src/tools/ingest/extract/text/scraped-header.ts';

// Line 1 is the headline, which the caller has already taken.
const numbered = (...texts: string[]) => texts.map((text, index) => ({ text, number: index + 2 }));

describe('readScrapedHeader', () => {
	it('reads a standfirst followed by a byline run, and starts the text with the run’s end', () => {
		const header = readScrapedHeader(
			numbered(
				'Russian navy ships reportedly transferred 1,500 forces',
				'Pjotr SauerFri 18 Oct 2024 12.35 EDTFirst published on Fri 18 Oct 2024 09.51 EDTShareSouth Korea’s agency said',
				'Second paragraph.'
			)
		);
		expect(header.standfirst?.text).toBe('Russian navy ships reportedly transferred 1,500 forces');
		expect(header.authors).toEqual(['Pjotr Sauer']);
		expect(header.times).toEqual([
			{ text: 'Fri 18 Oct 2024 12.35 EDT', label: 'shown', line: 3 },
			{ text: 'Fri 18 Oct 2024 09.51 EDT', label: 'first published', line: 3 },
		]);
		expect(header.body).toEqual([
			{ text: 'ShareSouth Korea’s agency said', number: 3 },
			{ text: 'Second paragraph.', number: 4 },
		]);
	});

	it('reads a "By" line and a date line, then the text', () => {
		const header = readScrapedHeader(
			numbered(
				'By Jane Doe and John Roe',
				'October 25, 2024 8:14 AM GMT+1',
				'KYIV, Oct 25 (Reuters) - Text.'
			)
		);
		expect(header.standfirst).toBeUndefined();
		expect(header.authors).toEqual(['Jane Doe', 'John Roe']);
		expect(header.times).toEqual([
			{ text: 'October 25, 2024 8:14 AM GMT+1', label: 'shown', line: 3 },
		]);
		expect(header.body.map((line) => line.text)).toEqual(['KYIV, Oct 25 (Reuters) - Text.']);
	});

	it('reads a name line as a byline only when a date line follows it', () => {
		const header = readScrapedHeader(
			numbered(
				'Pjotr Sauer',
				'Fri 18 Oct 2024 12.35 EDT',
				'First published on Fri 18 Oct 2024 09.51 EDT',
				'Text.'
			)
		);
		expect(header.authors).toEqual(['Pjotr Sauer']);
		expect(header.times.map((time) => time.label)).toEqual(['shown', 'first published']);
		expect(header.body.map((line) => line.text)).toEqual(['Text.']);
	});

	it('keeps a live-blog entry heading as text', () => {
		const header = readScrapedHeader(
			numbered('28 Oct 2024 14.05 GMT', 'Nato Confirms North Korean Deployment', 'Text.')
		);
		expect(header.authors).toEqual([]);
		expect(header.body.map((line) => line.text)).toEqual([
			'Nato Confirms North Korean Deployment',
			'Text.',
		]);
	});

	it('reads a staff credit as a byline naming no one, and a published line with its update after a bar', () => {
		const header = readScrapedHeader(
			numbered(
				'MEE staff',
				'Published date: 11 March 2024 08:12 GMT | Last update: 11 March 2024 21:40 GMT',
				'Text.'
			)
		);
		expect(header.authors).toEqual([]);
		expect(header.times).toEqual([
			{ text: '11 March 2024 08:12 GMT', label: 'first published', line: 3 },
		]);
		expect(header.body.map((line) => line.text)).toEqual(['Text.']);
	});

	it('takes no page label under the date for a name: "Related Topics" is no author', () => {
		const header = readScrapedHeader(
			numbered('By Ada Lind', '3 March 2025 9:15am', 'Related Topics', 'Ports, Shipping', 'Text.')
		);
		expect(header.authors).toEqual(['Ada Lind']);
	});

	it('starts the text at once when there is no standfirst, byline or date', () => {
		const header = readScrapedHeader(numbered('First paragraph.', 'Second paragraph.'));
		expect(header.standfirst).toBeUndefined();
		expect(header.body).toHaveLength(2);
	});

	it('takes the outlet from a byline that names it', () => {
		expect(readScrapedHeader(numbered('By Pjotr Sauer for The Guardian', 'Text.')).outlet).toBe(
			'The Guardian'
		);
	});
});
