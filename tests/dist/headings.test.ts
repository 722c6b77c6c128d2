import { describe, expect, it } from 'vitest';
import { elements, pagesToValidate, parseHtml } from '../support/built-site.ts';

describe('headings in dist/', () => {
	it.each(pagesToValidate().map((page) => [page.path, page.file]))(
		'%s has one h1 and never skips a level',
		(_path, file) => {
			const levels = elements(parseHtml(file))
				.filter((element) => /^h[1-6]$/.test(element.name))
				.map((element) => Number(element.name[1]));
			expect(levels.filter((level) => level === 1)).toHaveLength(1);
			expect(levels[0]).toBe(1);
			const skips = levels.flatMap((level, index) =>
				index > 0 && level > levels[index - 1]! + 1 ? [`h${levels[index - 1]} → h${level}`] : []
			);
			expect(skips).toEqual([]);
		}
	);
});
