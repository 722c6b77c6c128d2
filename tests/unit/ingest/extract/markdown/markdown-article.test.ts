import { describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../../../../../src/tools/ingest/extract/markdown/markdown-article.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

describe('parseMarkdownArticle', () => {
	it('takes a leading # heading as the headline when there is no frontmatter', () => {
		expect(parseMarkdownArticle('# Headline\n\nFirst.\n\nSecond.')).toEqual({
			metadata: { headline: 'Headline', authors: [] },
			paragraphs: ['First.', 'Second.'],
		});
	});

	it('drops a leading # heading that repeats the frontmatter title', () => {
		const article = parseMarkdownArticle('---\ntitle: Headline\n---\n\n# Headline\n\nText.');
		expect(article.paragraphs).toEqual(['Text.']);
	});

	it('keeps a leading # heading that differs from the frontmatter title', () => {
		const article = parseMarkdownArticle('---\ntitle: Headline\n---\n\n# Section\n\nText.');
		expect(article.metadata.headline).toBe('Headline');
		expect(article.paragraphs).toEqual(['# Section', 'Text.']);
	});

	it('names the outlet from the site’s own copyright notice when nothing else does', () => {
		const article = parseMarkdownArticle(
			'# Headline\n\nText.\n\n© 2024 The Harbour Record. All rights reserved.'
		);
		expect(article.metadata.outlet).toBe('The Harbour Record');
		expect(
			parseMarkdownArticle(
				'---\noutlet: The Meridian Post\n---\n\nText.\n\n© 2024 Other Co. All rights reserved.'
			).metadata.outlet
		).toBe('The Meridian Post');
	});

	it('has no headline when the text starts with a paragraph', () => {
		expect(parseMarkdownArticle('Text.\n\n# Later').metadata).toEqual({ authors: [] });
	});

	it('rejects frontmatter with no text under it', () => {
		expect(
			thrownIngestError(() => parseMarkdownArticle('---\ntitle: Headline\n---\n')).message
		).toMatch(/^no article text found after the metadata — check the file is the article itself/);
	});

	it('rejects a headline with no text under it', () => {
		expect(() => parseMarkdownArticle('# Headline\n')).toThrow(/^no article text found/);
	});

	it('takes the site’s name that a clipped page title adds off the headline, when it names the outlet', () => {
		const clipped = (title: string) =>
			parseMarkdownArticle(
				`---\ntitle: "${title}"\npublished: 2025-06-04\n---\nThe ministry said 339 children were on the list.\n`
			).metadata;
		expect(clipped('Kyiv hands over a list of deported children — Meduza')).toMatchObject({
			headline: 'Kyiv hands over a list of deported children',
			outlet: 'Meduza',
		});
		expect(clipped('Ceasefire talks — a week of claims and denials').headline).toBe(
			'Ceasefire talks — a week of claims and denials'
		);
	});

	it('reads a page clipped whole: the navigation above the headline goes, and the copyright names the outlet', () => {
		const article = parseMarkdownArticle(
			[
				'[![Gulf Ledger](https://gulfledger.example/logo.svg)](https://gulfledger.example/)',
				'',
				'- [Politics](https://gulfledger.example/politics)',
				'- [Economy](https://gulfledger.example/economy)',
				'',
				'[Subscribe](https://gulfledger.example/subscribe) | [Log in](https://gulfledger.example/login)',
				'',
				'# Port says 40 tankers were turned back in March',
				'',
				'The port authority said 40 tankers were turned back.',
				'',
				'© 2025 Gulf Ledger, LLC. All rights reserved.',
			].join('\n')
		);
		expect(article.metadata).toMatchObject({
			headline: 'Port says 40 tankers were turned back in March',
			outlet: 'Gulf Ledger',
		});
		expect(article.paragraphs[0]).toBe('The port authority said 40 tankers were turned back.');
	});
});
