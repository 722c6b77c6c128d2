import { describe, expect, it } from 'vitest';
import { cleanParagraph } from '../../../../src/tools/ingest/extract/clean-paragraph.ts';
import { thrownIngestError } from '../support/thrown-ingest-error.ts';

const clean = (text: string): string | undefined => cleanParagraph({ text, number: 5 });

describe('cleanParagraph', () => {
	it('keeps every character of an ordinary paragraph, curly quotes and ellipsis included', () => {
		const text = '“The North Korean soldiers … are expected to be deployed,” the agency said.';
		expect(clean(text)).toBe(text);
	});

	it('removes the share button run into the first sentence', () => {
		expect(clean('ShareSouth Korea’s intelligence agency said')).toBe(
			'South Korea’s intelligence agency said'
		);
	});

	it('keeps the word share in prose', () => {
		expect(clean('Share prices fell as investors share the worry.')).toBe(
			'Share prices fell as investors share the worry.'
		);
		expect(clean('Shares in Samsung fell.')).toBe('Shares in Samsung fell.');
	});

	it('removes a related-article headline run into the start of a paragraph', () => {
		expect(
			clean(
				'North Korean troops for Russia’s war in Ukraine: what we know so farRead moreThe Nato secretary general, Mark Rutte, said'
			)
		).toBe('The Nato secretary general, Mark Rutte, said');
	});

	it('drops a related-article headline standing on its own line', () => {
		expect(
			clean('North Korean troops for Russia’s war in Ukraine: what we know so farRead more')
		).toBe(undefined);
		expect(clean('What we know so far Read more')).toBeUndefined();
	});

	it('refuses to guess where a related-article link glued to article text begins', () => {
		const error = thrownIngestError(() =>
			clean(
				'It dismissed the claims as fake news.North Korean troops: what we know so farRead more'
			)
		);
		expect(error.line).toBe(5);
		expect(error.message).toContain('on a line of its own');
	});

	it.each([
		'Share',
		'Read more',
		'Advertisement',
		'Skip past newsletter promotion',
		'after newsletter promotion',
		'Photograph: Anna Berg/AP',
		'   ',
		'',
	])('drops the debris line %j', (text) => {
		expect(clean(text)).toBeUndefined();
	});

	it('keeps a caption that does not start with "Photograph:"', () => {
		expect(clean('Mark Rutte in Brussels. Photograph: Anna Berg/AP')).toBe(
			'Mark Rutte in Brussels. Photograph: Anna Berg/AP'
		);
	});

	it('trims the line and collapses runs of spaces and tabs, touching nothing else', () => {
		expect(clean('  Troops  were\tsent —  1,500 of them.  ')).toBe(
			'Troops were sent — 1,500 of them.'
		);
	});

	it('keeps a paragraph in which "Read more" is prose', () => {
		expect(clean('Read more about the deployment in our explainer.')).toBe(
			'Read more about the deployment in our explainer.'
		);
	});
});
