import { describe, expect, it } from 'vitest';
import { pageParam, pagePath, paginateByCount } from '../../../src/site/paginate-by-count.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginateByCount', () => {
	it('splits a list into numbered pages of the given size, the last one shorter', () => {
		expect(paginateByCount(numbers(5), 2)).toEqual([
			{ number: 1, items: [1, 2] },
			{ number: 2, items: [3, 4] },
			{ number: 3, items: [5] },
		]);
	});

	it('keeps a short or empty list on one page', () => {
		expect(paginateByCount(numbers(2), 2)).toEqual([{ number: 1, items: [1, 2] }]);
		expect(paginateByCount([], 2)).toEqual([{ number: 1, items: [] }]);
	});
});

describe('pagePath', () => {
	it('puts page 1 at the list’s own address and the others under page/N/', () => {
		expect(pagePath('/claims/', 1)).toBe('/claims/');
		expect(pagePath('/claims/', 3)).toBe('/claims/page/3/');
	});
});

describe('pageParam', () => {
	it('gives a list route no rest parameter for page 1 and page/N after it, matching pagePath', () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(4)).toBe('page/4');
		for (const number of numbers(5))
			expect(pagePath('/sources/', number)).toBe(
				number === 1 ? '/sources/' : `/sources/${pageParam(number)}/`
			);
	});
});
