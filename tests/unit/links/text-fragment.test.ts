import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../src/site/links/text-fragment.ts';

const URL = 'https://www.example.org/world/2024/oct/18/article';

describe('textFragmentUrl', () => {
	it('links a short quote by its whole text', () => {
		expect(textFragmentUrl(URL, 'Russia has denied using North Korean troops')).toBe(
			`${URL}#:~:text=Russia%20has%20denied%20using%20North%20Korean%20troops`
		);
	});

	it('links a quote of exactly twelve words by its whole text', () => {
		expect(
			textFragmentUrl(URL, 'one two three four five six seven eight nine ten eleven twelve')
		).toBe(
			`${URL}#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten%20eleven%20twelve`
		);
	});

	it('links a longer quote by its first six and last six words', () => {
		expect(
			textFragmentUrl(
				URL,
				'one two three four five six seven eight nine ten eleven twelve thirteen'
			)
		).toBe(
			`${URL}#:~:text=one%20two%20three%20four%20five%20six,eight%20nine%20ten%20eleven%20twelve%20thirteen`
		);
	});

	it('percent-encodes hyphens, commas and ampersands', () => {
		expect(textFragmentUrl(URL, 'North Korea-Russia deal, troops & arms')).toBe(
			`${URL}#:~:text=North%20Korea%2DRussia%20deal%2C%20troops%20%26%20arms`
		);
	});

	it('percent-encodes non-ASCII characters as UTF-8', () => {
		expect(textFragmentUrl(URL, '\u201CIt\u2019s fake\u201D')).toBe(
			`${URL}#:~:text=%E2%80%9CIt%E2%80%99s%20fake%E2%80%9D`
		);
	});

	it('collapses and trims whitespace in the quote', () => {
		expect(textFragmentUrl(URL, '  North\n Korean\t troops ')).toBe(
			`${URL}#:~:text=North%20Korean%20troops`
		);
	});

	it('replaces an existing hash on the URL', () => {
		expect(textFragmentUrl(`${URL}#comments`, 'troops')).toBe(`${URL}#:~:text=troops`);
	});

	it('keeps the query string of the URL', () => {
		expect(textFragmentUrl('https://www.example.org/a?page=2', 'troops')).toBe(
			'https://www.example.org/a?page=2#:~:text=troops'
		);
	});

	it('does not split a long quote on a hyphenated word', () => {
		expect(textFragmentUrl(URL, 'a b c d e f-g h i j k l m n')).toBe(
			`${URL}#:~:text=a%20b%20c%20d%20e%20f%2Dg,i%20j%20k%20l%20m%20n`
		);
	});
});
