import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../src/core/text/normalise-text.ts';

describe('normaliseText', () => {
	it('turns curly single quotes and apostrophes into straight ones', () => {
		expect(normaliseText('South Korea\u2019s \u2018agency\u2019')).toBe("South Korea's 'agency'");
	});

	it('turns curly and angled double quotes into straight ones', () => {
		expect(normaliseText('\u201Cfake news\u201D and \u00ABnews\u00BB')).toBe(
			'"fake news" and "news"'
		);
	});

	it('turns en dashes, em dashes and minus signs into hyphens', () => {
		expect(normaliseText('8\u201313 October \u2014 a \u2212 b')).toBe('8-13 October - a - b');
	});

	it('turns an ellipsis character into three dots', () => {
		expect(normaliseText('soldiers \u2026 are')).toBe('soldiers ... are');
	});

	it('removes zero-width characters and byte order marks', () => {
		expect(normaliseText('\uFEFFNorth\u200B Korea\u200D')).toBe('North Korea');
	});

	it('collapses runs of whitespace, including newlines and tabs, to one space', () => {
		expect(normaliseText('North \n\t Korean  troops')).toBe('North Korean troops');
	});

	it('collapses a non-breaking space to an ordinary space', () => {
		expect(normaliseText('1,500\u00A0troops')).toBe('1,500 troops');
	});

	it('trims the ends', () => {
		expect(normaliseText('  troops \n')).toBe('troops');
	});

	it('composes decomposed accents so they match precomposed ones', () => {
		expect(normaliseText('Zelenskyy cafe\u0301')).toBe('Zelenskyy caf\u00E9');
	});

	it('leaves plain text unchanged', () => {
		expect(normaliseText('Russian navy ships transferred 1,500 forces.')).toBe(
			'Russian navy ships transferred 1,500 forces.'
		);
	});
});
