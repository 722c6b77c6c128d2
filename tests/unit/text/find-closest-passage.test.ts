import { describe, expect, it } from 'vitest';
import { findClosestPassage } from '../../../src/core/text/find-closest-passage.ts';

const TEXT = 'Reports say that around 12,000 North Korean troops were sent to Russia last week.';

describe('findClosestPassage', () => {
	it('returns the passage itself when the quote is in the text', () => {
		expect(findClosestPassage('North Korean troops', TEXT)).toBe('North Korean troops');
	});

	it('returns a run of as many words as the quote has', () => {
		expect(findClosestPassage('about 12,000 troops were sent', TEXT)).toBe(
			'12,000 North Korean troops were'
		);
	});

	it('ignores case and punctuation when comparing words', () => {
		expect(findClosestPassage('RUSSIA, LAST WEEK', TEXT)).toBe('Russia last week.');
	});

	it('returns the first of equally good windows', () => {
		expect(findClosestPassage('troops', 'troops and more troops')).toBe('troops');
	});

	it('keeps the words of the text as written', () => {
		expect(findClosestPassage('north korean', 'the  North\nKorean   army')).toBe('North Korean');
	});

	it('returns the whole text when it is shorter than the quote', () => {
		expect(findClosestPassage('one two three four', 'two three')).toBe('two three');
	});

	it('counts a repeated word only as often as the quote has it', () => {
		expect(findClosestPassage('troops troops', 'troops ships troops troops')).toBe('troops troops');
	});

	it('returns an empty string for an empty quote or text', () => {
		expect(findClosestPassage('', TEXT)).toBe('');
		expect(findClosestPassage('troops', '   ')).toBe('');
	});

	it('returns an empty string for a quote of punctuation alone', () => {
		expect(findClosestPassage('!!! ...', TEXT)).toBe('');
	});
});
