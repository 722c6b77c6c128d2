import { describe, expect, it } from 'vitest';
import { markdownParagraphs } from '../../../src/core/text/markdown-paragraphs.ts';

describe('markdownParagraphs', () => {
	it('returns each paragraph as a block, in order', () => {
		expect(markdownParagraphs('First paragraph.\n\nSecond paragraph.\n\nThird.')).toEqual([
			'First paragraph.',
			'Second paragraph.',
			'Third.',
		]);
	});

	it('strips emphasis, strong, inline code and links to their text', () => {
		expect(
			markdownParagraphs('Some *emphasis*, **strong**, `code` and [a link](https://example.org).')
		).toEqual(['Some emphasis, strong, code and a link.']);
	});

	it('returns a heading as its text', () => {
		expect(markdownParagraphs('# North Korean troops\n\nBody.')).toEqual([
			'North Korean troops',
			'Body.',
		]);
	});

	it('returns a block quote as one block of its text', () => {
		expect(markdownParagraphs('> The soldiers are expected\n> to be deployed.')).toEqual([
			'The soldiers are expected\nto be deployed.',
		]);
	});

	it('keeps soft line breaks inside a paragraph', () => {
		expect(markdownParagraphs('soft\nwrap')).toEqual(['soft\nwrap']);
	});

	it('returns an image as its alt text', () => {
		expect(markdownParagraphs('![Satellite photo of Ussuriysk](photo.png)')).toEqual([
			'Satellite photo of Ussuriysk',
		]);
	});

	it('returns a fenced code block as its code', () => {
		expect(markdownParagraphs('```\ncode block\n```')).toEqual(['code block']);
	});

	it('keeps curly quotes and dashes as written', () => {
		expect(markdownParagraphs('\u201CFake news\u201D \u2014 Peskov')).toEqual([
			'\u201CFake news\u201D \u2014 Peskov',
		]);
	});

	it('leaves out thematic breaks and blank blocks', () => {
		expect(markdownParagraphs('One.\n\n---\n\n   \n\nTwo.')).toEqual(['One.', 'Two.']);
	});

	it('returns nothing for an empty document', () => {
		expect(markdownParagraphs('')).toEqual([]);
	});

	it('does not treat frontmatter-free text starting with a number as a list when it is not one', () => {
		expect(markdownParagraphs('1,500 forces were shipped.')).toEqual([
			'1,500 forces were shipped.',
		]);
	});
});
