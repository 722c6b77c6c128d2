import { describe, expect, it } from 'vitest';
import { quotesInReadingOrder } from '../../../src/site/quotes-in-reading-order.ts';
import { claimRecord, sourceRecord } from '../support/records.ts';

const BODY = [
	'South Korea\u2019s intelligence agency said on Friday that North Korea had dispatched troops.',
	'Russian navy ships transferred *1,500* North Korean special operation forces to Vladivostok.',
	'\u201CThe North Korean soldiers \u2026 are expected to be deployed,\u201D the agency said.',
].join('\n\n');

const source = sourceRecord('guardian', {}, BODY);

describe('quotesInReadingOrder', () => {
	it('lists quotes by paragraph, then by offset within the paragraph', () => {
		const late = claimRecord('a-late', {
			sources: [
				{ source: 'guardian', quote: 'the agency said.' },
				{ source: 'guardian', quote: 'North Korea had dispatched troops.' },
			],
		});
		const early = claimRecord('b-early', {
			sources: [
				{ source: 'guardian', quote: '1,500 North Korean special operation forces' },
				{ source: 'guardian', quote: 'South Korea\u2019s intelligence agency' },
			],
		});
		expect(
			quotesInReadingOrder(source, [late, early]).map(({ claim, position, quote, paragraph }) => [
				claim.id,
				position,
				quote,
				paragraph,
			])
		).toEqual([
			['b-early', 1, 'South Korea\u2019s intelligence agency', 1],
			['a-late', 1, 'North Korea had dispatched troops.', 1],
			['b-early', 0, '1,500 North Korean special operation forces', 2],
			['a-late', 0, 'the agency said.', 3],
		]);
	});

	it('finds quotes written with straight quotes and three dots', () => {
		const claim = claimRecord('straight', {
			sources: [{ source: 'guardian', quote: '"The North Korean soldiers ... are expected' }],
		});
		expect(quotesInReadingOrder(source, [claim]).map((quote) => quote.paragraph)).toEqual([3]);
	});

	it('leaves out quotes from other sources but keeps their positions', () => {
		const claim = claimRecord('mixed', {
			sources: [
				{ source: 'reuters', quote: 'Something else.' },
				{ source: 'guardian', quote: 'Russian navy ships' },
			],
		});
		expect(quotesInReadingOrder(source, [claim])).toEqual([
			{ claim, position: 1, quote: 'Russian navy ships', paragraph: 2 },
		]);
	});

	it('orders the same quote in two claims by claim id', () => {
		const second = claimRecord('z-claim', {
			sources: [{ source: 'guardian', quote: 'Russian navy ships' }],
		});
		const first = claimRecord('a-claim', {
			sources: [{ source: 'guardian', quote: 'Russian navy ships' }],
		});
		expect(quotesInReadingOrder(source, [second, first]).map((quote) => quote.claim.id)).toEqual([
			'a-claim',
			'z-claim',
		]);
	});

	it('puts a quote that is not in the text last, after the last paragraph', () => {
		const claim = claimRecord('missing', {
			sources: [
				{ source: 'guardian', quote: 'Words the source never printed.' },
				{ source: 'guardian', quote: 'the agency said.' },
			],
		});
		expect(
			quotesInReadingOrder(source, [claim]).map(({ quote, paragraph }) => [quote, paragraph])
		).toEqual([
			['the agency said.', 3],
			['Words the source never printed.', 4],
		]);
	});

	it('does not include the internal offset in the results', () => {
		const claim = claimRecord('keys', {
			sources: [{ source: 'guardian', quote: 'Russian navy ships' }],
		});
		expect(Object.keys(quotesInReadingOrder(source, [claim])[0]!)).toEqual([
			'claim',
			'position',
			'quote',
			'paragraph',
		]);
	});

	it('treats a source without a body as having no paragraphs', () => {
		const claim = claimRecord('no-body', { sources: [{ source: 'empty', quote: 'Anything.' }] });
		expect(quotesInReadingOrder(sourceRecord('empty'), [claim])).toEqual([
			{ claim, position: 0, quote: 'Anything.', paragraph: 1 },
		]);
	});

	it('returns nothing when no claim cites the source', () => {
		expect(
			quotesInReadingOrder(source, [
				claimRecord('other', { sources: [{ source: 'reuters', quote: 'Other.' }] }),
			])
		).toEqual([]);
	});
});
