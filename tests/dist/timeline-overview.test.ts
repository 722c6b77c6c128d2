import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/built-site.ts';

const timelinePages = builtPages().filter(({ path }) => path.startsWith('/timeline/'));
const monthLinks = (file: string) =>
	[...readFileSync(file, 'utf8').matchAll(/class="overview__list"[\s\S]*?<\/ol>/g)]
		.flatMap((list) => [...list[0].matchAll(/href="([^"]+#month-[^"]+)"/g)])
		.map((match) => match[1]!);

describe('the timeline overview', () => {
	it('is on every timeline page', () => {
		expect(timelinePages.length).toBeGreaterThan(0);
		for (const { file } of timelinePages) expect(monthLinks(file).length).toBeGreaterThan(0);
	});

	it('links every month to a page of the detail view that has that month’s heading', () => {
		for (const { file } of timelinePages) {
			for (const href of monthLinks(file)) {
				const [path, anchor] = href.split('#') as [string, string];
				const target = join(DIST, path, 'index.html');
				expect(existsSync(target), href).toBe(true);
				expect(readFileSync(target, 'utf8'), href).toContain(`id="${anchor}"`);
			}
		}
	});

	it('draws the same months as a chart for wide screens and as a list for phones', () => {
		const html = readFileSync(join(DIST, 'timeline', 'index.html'), 'utf8');
		const chartLinks = /class="overview__chart"[\s\S]*?<\/svg>/
			.exec(html)![0]
			.match(/<a /g)!.length;
		expect(chartLinks).toBe(monthLinks(join(DIST, 'timeline', 'index.html')).length);
	});
});
