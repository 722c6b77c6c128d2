import { describe, expect, it } from 'vitest';
import { closestIds } from '../../../src/site/links/closest-ids.ts';

const ids = [
	'nis-1500-special-forces-shipped-to-vladivostok',
	'nis-more-north-korean-troops-expected-soon',
	'kremlin-denies-north-korean-troops-as-fake-news',
	'rutte-nato-cannot-yet-confirm-north-korean-deployment',
];

describe('closestIds', () => {
	it('finds an id with a typo first', () => {
		expect(closestIds('nis-1500-special-force-shipped-to-vladivostok', ids)[0]).toBe(
			'nis-1500-special-forces-shipped-to-vladivostok'
		);
	});

	it('finds an id from a few of its words', () => {
		expect(closestIds('kremlin-fake-news', ids)[0]).toBe(
			'kremlin-denies-north-korean-troops-as-fake-news'
		);
	});

	it('returns at most the limit, and nothing for an address unlike any id', () => {
		expect(closestIds('north-korean', ids, 2)).toHaveLength(2);
		expect(closestIds('zzzz', ids)).toEqual([]);
	});
});
