import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../../../../src/tools/ingest/extract/markdown/markdown-blocks.ts';

const sources = (markdown: string) => markdownBlocks(markdown).map((block) => block.source);

describe('markdownBlocks', () => {
	it('returns each block as its own source, inline markup kept', () => {
		expect(
			sources('Some *emphasis* and [a link](https://example.org).\n\nSecond **block**.')
		).toEqual(['Some *emphasis* and [a link](https://example.org).', 'Second **block**.']);
	});

	it('keeps headings, quotes and lists verbatim', () => {
		expect(sources('## Heading\n\n> A quote\n> on two lines\n\n- one\n- two')).toEqual([
			'## Heading',
			'> A quote\n> on two lines',
			'- one\n- two',
		]);
	});

	it('keeps soft line breaks inside a paragraph', () => {
		expect(sources('soft\nwrap')).toEqual(['soft\nwrap']);
	});

	it('leaves out rules, link definitions and comments', () => {
		expect(sources('One.\n\n---\n\n[1]: https://example.org\n\n<!-- note -->\n\nTwo.')).toEqual([
			'One.',
			'Two.',
		]);
	});

	it('gives the text of a level-1 heading, and only of one', () => {
		const blocks = markdownBlocks('# The *headline*\n\n## Not a title');
		expect(blocks.map((block) => block.title)).toEqual(['The *headline*', undefined]);
	});

	it('keeps curly quotes as written', () => {
		expect(sources('“Fake news” — Peskov')).toEqual(['“Fake news” — Peskov']);
	});
});
