import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/site/links/claim-anchors.ts';

describe('quoteAnchor', () => {
	it('numbers the first quote of a claim 1', () => {
		expect(quoteAnchor('nis-north-korea-dispatched-troops-to-russia', 0)).toBe(
			'quote-nis-north-korea-dispatched-troops-to-russia-1'
		);
	});

	it('numbers later quotes from their 0-based position plus one', () => {
		expect(quoteAnchor('kremlin-denies', 1)).toBe('quote-kremlin-denies-2');
		expect(quoteAnchor('kremlin-denies', 9)).toBe('quote-kremlin-denies-10');
	});

	it('gives different claims different anchors for the same position', () => {
		expect(quoteAnchor('a', 0)).not.toBe(quoteAnchor('b', 0));
	});
});
