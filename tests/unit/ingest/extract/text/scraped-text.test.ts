import { describe, expect, it } from 'vitest';
import { parseScrapedText } from '../../../../../src/tools/ingest/extract/text/scraped-text.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

const numbered = (text: string) =>
	text.split('\n').map((line, index) => ({ text: line, number: index + 1 }));

describe('parseScrapedText', () => {
	it('reads a Guardian-shaped article', () => {
		const article = parseScrapedText(
			numbered(
				[
					'Headline here',
					'',
					'A standfirst under it',
					'Pjotr SauerFri 18 Oct 2024 09.51 EDTShareFirst paragraph.',
					'Second paragraph.',
					'© 2024 Guardian News & Media Limited',
				].join('\n')
			)
		);
		expect(article).toEqual({
			metadata: {
				headline: 'Headline here',
				standfirst: 'A standfirst under it',
				authors: ['Pjotr Sauer'],
				published: '2024-10-18T09:51:00-04:00',
				outlet: 'The Guardian',
			},
			paragraphs: ['First paragraph.', 'Second paragraph.'],
		});
	});

	it('has no publication time when a wire story gives only a dateline without a year', () => {
		const article = parseScrapedText(
			numbered('Headline\nBy Jane Doe\nKYIV, Oct 25 (Reuters) - Troops arrived.\nMore text.')
		);
		expect(article.metadata).toEqual({
			headline: 'Headline',
			authors: ['Jane Doe'],
			outlet: 'Reuters',
		});
		expect(article.paragraphs[0]).toBe('KYIV, Oct 25 (Reuters) - Troops arrived.');
	});

	it('reads two authors from a byline run', () => {
		const article = parseScrapedText(
			numbered('Headline\nPjotr Sauer and Justin BrookFri 18 Oct 2024 09.51 BSTShareText.')
		);
		expect(article.metadata.authors).toEqual(['Pjotr Sauer', 'Justin Brook']);
		expect(article.metadata.published).toBe('2024-10-18T09:51:00+01:00');
	});

	it('reads labelled lines and date lines with stray spaces around them', () => {
		const article = parseScrapedText(
			numbered('Headline\n  28 Oct 2024 14.05 GMT  \nText.\n Updated at 14.20 GMT \t')
		);
		expect(article.metadata.published).toBe('2024-10-28T14:05:00+00:00');
		expect(article.metadata.updated).toBe('2024-10-28T14:20:00+00:00');
		expect(article.paragraphs).toEqual(['Text.']);
	});

	it('takes the address only from a labelled line', () => {
		const article = parseScrapedText(
			numbered('Headline\nURL: https://example.org/news/1\nFirst paragraph.')
		);
		expect(article.metadata.url).toBe('https://example.org/news/1');
		expect(article.paragraphs).toEqual(['First paragraph.']);
	});

	it('reads a live blog under skip links and a logo’s “Back to home”, with its shifts in the byline', () => {
		const { metadata } = parseScrapedText(
			numbered(
				[
					'Skip to main content',
					'Skip to key events',
					'Skip to navigation',
					'The Guardian - Back to home',
					'News',
					'Opinion',
					'World',
					'Live',
					'Russia-Ukraine war live: Zelenskyy offers to swap captured North Korean soldiers',
					'South Korea’s spy agency says about 300 North Korean soldiers have been killed',
					'Harriet Lowe (now) and Samir Qadri (earlier)',
					'Mon 13 Jan 2025 12.47 GMT',
					'First published on Mon 13 Jan 2025 06.02 GMT',
					'12.47 GMT',
					'Seoul says 300 North Korean soldiers killed in Russia',
					'South Korea’s spy agency said about 300 North Korean soldiers had been killed.',
				].join('\n')
			)
		);
		expect(metadata).toMatchObject({
			headline: 'Russia-Ukraine war live: Zelenskyy offers to swap captured North Korean soldiers',
			authors: ['Harriet Lowe', 'Samir Qadri'],
			published: '2025-01-13T06:02:00+00:00',
			outlet: 'The Guardian',
		});
	});

	it('reads a programme’s transcript: masthead, programme and date, a “Transcript” label, then the headline', () => {
		const { metadata } = parseScrapedText(
			numbered(
				[
					'NHK WORLD-JAPAN',
					'NEWSLINE | Thursday, February 27, 2025 | 13:00 JST',
					'Transcript',
					'',
					'South Korea: North Korea appears to have sent more troops to Russia',
					'',
					'ANCHOR (KENJI MORI): Welcome to NEWSLINE. South Korea says more troops were sent.',
				].join('\n')
			)
		);
		expect(metadata).toMatchObject({
			headline: 'South Korea: North Korea appears to have sent more troops to Russia',
			published: '2025-02-27T13:00:00+09:00',
		});
	});

	it('takes the headline under a section label, never the label', () => {
		const article = parseScrapedText(
			numbered(
				'Middle East\nHouthis claim missile attack on tanker in the Red Sea\n12 March 2024\nThe group said it hit the ship.'
			)
		);
		expect(article.metadata.headline).toBe('Houthis claim missile attack on tanker in the Red Sea');
		expect(article.metadata.published).toBe('2024-03-12');
	});

	it('keeps a terse headline with its standfirst, a short line being no section label then', () => {
		const article = parseScrapedText(
			numbered('Tanker hit\nA missile struck the ship, the group said.\nMore text.')
		);
		expect(article.metadata.headline).toBe('Tanker hit');
	});

	it('takes the article’s own date over the date a site header prints above the headline', () => {
		const article = parseScrapedText(
			numbered(
				'Monday, 7 December 2026\nWorld\nSudan’s war has killed far more than counted, study finds\nPublished 13 November 2024\nText of the article.'
			)
		);
		expect(article.metadata.headline).toBe(
			'Sudan’s war has killed far more than counted, study finds'
		);
		expect(article.metadata.published).toBe('2024-11-13');
	});

	it('falls back to a date printed above the headline when none is printed under it', () => {
		const article = parseScrapedText(
			numbered(
				'13 November 2024\nWorld\nSudan’s war has killed far more than counted, study finds\nText of the article.'
			)
		);
		expect(article.metadata.published).toBe('2024-11-13');
	});

	it('takes a name of a few capitalised words above the site’s menu for the outlet, never for the headline', () => {
		const article = parseScrapedText(
			numbered(
				[
					'U.S. News & World Report',
					'News',
					'Education',
					'Health',
					'World News',
					'Ukrainian Drone Attacks Knock Out About 14% of Russia’s Oil Refining Capacity',
					'LONDON (Reuters) -Ukrainian drone attacks have knocked out about 14% of capacity, Reuters calculations show.',
				].join('\n')
			)
		);
		expect(article.metadata.headline).toBe(
			'Ukrainian Drone Attacks Knock Out About 14% of Russia’s Oil Refining Capacity'
		);
		expect(article.metadata.outlet).toBe('U.S. News & World Report');
		expect(article.metadata.originalOutlet).toBe('Reuters');
	});

	it('takes no single word above a menu for a masthead', () => {
		const article = parseScrapedText(
			numbered(
				'Menu\nNews\nWorld\nSport\nTanker hit in the Red Sea, Houthis say\nThe group said it hit the ship.'
			)
		);
		expect(article.metadata.outlet).toBeUndefined();
	});

	it('skips a menu copied as one row of spaced items, and reads names, a dash and the time as the byline', () => {
		const { metadata } = parseScrapedText(
			numbered(
				[
					'☰',
					'Kyiv Independent',
					'Home  Politics  War  Opinion  Podcasts',
					'Advertisement',
					'Air force counts a record month of drone launches across the country',
					'Maria Kovalenko — Tuesday, 4 March 2025, 09:40',
					'The air force said it had recorded more launches than in any month before.',
				].join('\n')
			)
		);
		expect(metadata).toMatchObject({
			headline: 'Air force counts a record month of drone launches across the country',
			authors: ['Maria Kovalenko'],
			published: '2025-03-04',
		});
	});

	it('reads a printed page’s folio for the paper and the day, and a byline in capitals over the reporter’s city', () => {
		const { metadata, paragraphs } = parseScrapedText(
			numbered(
				[
					'7  GULF TIMES  Wednesday, May 14, 2025',
					'REGION',
					'Port authority disputes the number of ships diverted from the strait',
					'Shipping agents say traffic has fallen by a third while officials insist it is stable',
					'RANIA EL-SAYED',
					'Doha',
					'Traffic through the strait fell by a third in April, shipping agents said on Tuesday.',
				].join('\n')
			)
		);
		expect(metadata).toMatchObject({
			headline: 'Port authority disputes the number of ships diverted from the strait',
			outlet: 'Gulf Times',
			published: '2025-05-14',
			authors: ['Rania El-Sayed'],
		});
		expect(paragraphs).toEqual([
			'Traffic through the strait fell by a third in April, shipping agents said on Tuesday.',
		]);
	});

	it('reads a newsletter copied from a mail client: its sender, when it was sent and its subject', () => {
		const { metadata } = parseScrapedText(
			numbered(
				[
					'From: Caucasus Dispatch <editors@caucasusdispatch.example>',
					'Sent: Friday, June 6, 2025 7:15 AM',
					'To: readers@example.com',
					'Subject: Fwd: Caucasus Dispatch: Who counts the returnees?',
					'',
					'By Lana Gelashvili',
					'The ministry said 12,000 people had returned since January.',
				].join('\n')
			)
		);
		expect(metadata).toMatchObject({
			headline: 'Caucasus Dispatch: Who counts the returnees?',
			outlet: 'Caucasus Dispatch',
			// A time with no zone says only the day for certain.
			published: '2025-06-06',
			authors: ['Lana Gelashvili'],
		});
	});

	it('tidies spaces in the headline and standfirst', () => {
		const article = parseScrapedText(
			numbered('  Headline  with gaps \nStandfirst  too\n28 Oct 2024 14.05 GMT\nText.')
		);
		expect(article.metadata.headline).toBe('Headline with gaps');
		expect(article.metadata.standfirst).toBe('Standfirst too');
	});

	it('rejects a headline with no text under it', () => {
		expect(thrownIngestError(() => parseScrapedText(numbered('Just a headline'))).message).toMatch(
			/^no article text found after the metadata — check the file is the article itself/
		);
	});

	it('rejects a header with only debris under it', () => {
		const error = thrownIngestError(() =>
			parseScrapedText(
				numbered('Headline\nPjotr SauerFri 18 Oct 2024 09.51 EDTShare\nAdvertisement')
			)
		);
		expect(error.message).toContain('no article text found');
	});
});
