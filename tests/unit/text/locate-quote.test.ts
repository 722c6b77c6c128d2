import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../src/core/text/locate-quote.ts';

const PARAGRAPHS = [
	'South Korea\u2019s intelligence agency said on Friday that North Korea had dispatched troops.',
	'Russian navy ships transferred 1,500 North Korean special operation forces to Vladivostok.',
	'\u201CThe North Korean soldiers \u2026 are expected to be deployed,\u201D the agency said.',
];

describe('locateQuote', () => {
	it('finds a quote at the start of the first paragraph', () => {
		expect(locateQuote('South Korea\u2019s intelligence agency', PARAGRAPHS)).toEqual({
			paragraph: 0,
			offset: 0,
		});
	});

	it('gives the 0-based paragraph and the offset in that paragraph', () => {
		expect(locateQuote('1,500 North Korean', PARAGRAPHS)).toEqual({ paragraph: 1, offset: 31 });
	});

	it('matches straight quotes against curly ones in the source', () => {
		expect(locateQuote("South Korea's intelligence agency", PARAGRAPHS)).toEqual({
			paragraph: 0,
			offset: 0,
		});
	});

	it('matches three dots against an ellipsis character', () => {
		expect(locateQuote('"The North Korean soldiers ... are expected', PARAGRAPHS)).toEqual({
			paragraph: 2,
			offset: 0,
		});
	});

	it('matches across differences in whitespace', () => {
		expect(locateQuote('  special operation\n forces ', PARAGRAPHS)).toEqual({
			paragraph: 1,
			offset: 50,
		});
	});

	it('measures the offset in normalised text', () => {
		expect(locateQuote('are expected', ['\u201CThe  soldiers \u2026 are expected'])).toEqual({
			paragraph: 0,
			offset: 18,
		});
	});

	it('returns the first paragraph that contains the quote', () => {
		expect(locateQuote('North Korea', PARAGRAPHS)).toEqual({ paragraph: 0, offset: 54 });
	});

	it('returns null for a quote that is not in the text verbatim', () => {
		expect(locateQuote('12,000 North Korean troops', PARAGRAPHS)).toBeNull();
	});

	it('is case-sensitive', () => {
		expect(locateQuote('russian navy ships', PARAGRAPHS)).toBeNull();
	});

	it('returns null for an empty or blank quote', () => {
		expect(locateQuote('', PARAGRAPHS)).toBeNull();
		expect(locateQuote(' \n ', PARAGRAPHS)).toBeNull();
	});

	it('returns null when there are no paragraphs', () => {
		expect(locateQuote('troops', [])).toBeNull();
	});

	it('does not find a quote that spans two paragraphs', () => {
		expect(locateQuote('dispatched troops. Russian navy ships', PARAGRAPHS)).toBeNull();
	});
});
