import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/browser-session.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtClaimsJson, DIST } from '../support/built-site.ts';

const session = useBrowserSession();
const claimIds = new Set(builtClaimsJson().claims.map((claim) => claim.id));
const measures = (
	JSON.parse(readFileSync(join(DIST, 'measures.json'), 'utf8')) as {
		measures: Array<{ id: string; url: string; charted: boolean; estimates: number }>;
	}
).measures;
// The charted measure with the most estimates: the busiest chart a reader meets.
const busiest = measures
	.filter((measure) => measure.charted)
	.reduce((most, measure) => (measure.estimates > most.estimates ? measure : most));
const busiestPath = `/figures/${busiest.id}/`;

/** The links of the charts on show (each chart is drawn twice, and CSS shows the drawing that fits the screen). */
const visibleMarks = (page: Page) => page.locator('svg.chart:visible a.chart-mark');

describe('the figures pages', () => {
	it('lists every measure on /figures/, charted ones first, each linking to its page', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/figures/`);
		const links = await page
			.locator('.measure-list h3 a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(new Set(links)).toEqual(new Set(measures.map((measure) => `/figures/${measure.id}/`)));
		const charted = measures.filter((measure) => measure.charted).map((m) => `/figures/${m.id}/`);
		expect(new Set(links.slice(0, charted.length))).toEqual(new Set(charted));
		await page.close();
	});

	it('shows a measure’s chart and table with JavaScript off: one mark link and one row per claim', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}${busiestPath}`);
		const section = page.locator('section.estimates');
		const marks = await section.locator('svg.chart:visible a.chart-mark').count();
		const rows = await section.locator('tbody tr').count();
		expect(marks).toBeGreaterThan(1);
		expect(rows).toBe(marks);
		expect(
			new Set(
				await section
					.locator('tbody a')
					.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
			).size
		).toBe(rows);
		expect(await section.locator('.chart-legend li').count()).toBeGreaterThan(1);
		await context.close();
	});

	it('links every mark of a chart to a published claim page', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}${busiestPath}`);
		const hrefs = await visibleMarks(page).evaluateAll((links) =>
			links.map((link) => link.getAttribute('href')!)
		);
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of new Set(hrefs)) {
			expect(claimIds.has(href.match(/^\/claims\/([^/]+)\/$/)?.[1] ?? ''), href).toBe(true);
			const response = await page.request.get(`${session.origin}${href}`);
			expect(response.status(), href).toBe(200);
		}
		await page.close();
	});

	it('numbers the key events under a chart with the numbers the chart marks them with', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${session.origin}${busiestPath}`);
		const items = await page.locator('section.estimates .chart-events-key li').evaluateAll((lis) =>
			lis.map((li) => ({
				value: (li as HTMLLIElement).value,
				display: getComputedStyle(li).display,
			}))
		);
		expect(items.length).toBeGreaterThan(0);
		// A list item shows its number only while it is displayed as one.
		for (const item of items) expect(item.display).toBe('list-item');
		const labels = await page
			.locator('section.estimates .chart-events text')
			.evaluateAll((texts) => texts.map((text) => text.textContent ?? ''));
		const marked = labels.flatMap((label) => {
			const [first, last = first] = label.split('–').map(Number);
			return Array.from({ length: last! - first! + 1 }, (_, offset) => first! + offset);
		});
		expect(items.map((item) => item.value)).toEqual(expect.arrayContaining(marked));
		await page.close();
	});

	it.each([1280, 375])(
		'at %i px Tab passes over the chart to the key events under it and the table, one stop per link, with a visible outline',
		async (width) => {
			const page = await session.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${session.origin}${busiestPath}`);
			const section = page.locator('section.estimates').first();
			const hrefs = (selector: string) =>
				section
					.locator(selector)
					.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
			// The key events listed under the chart, then one stop per claim in the table.
			const events = await hrefs('.chart-events-key a');
			const claims = await hrefs('tbody a');
			expect(events.length).toBeGreaterThan(0);
			expect(claims.length).toBeGreaterThan(1);
			const expected = [...events, ...claims];
			await section.locator('h2').evaluate((heading) => {
				heading.setAttribute('tabindex', '-1');
				(heading as HTMLElement).focus();
			});
			const reached: Array<string | null> = [];
			for (let press = 0; press < expected.length; press++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const element = document.activeElement!;
					const style = getComputedStyle(element);
					return {
						href: element.getAttribute('href'),
						inChart: element.closest('svg') !== null,
						outline: style.outlineStyle,
						width: parseFloat(style.outlineWidth),
					};
				});
				expect(focused.inChart).toBe(false);
				expect(focused.outline).not.toBe('none');
				expect(focused.width).toBeGreaterThanOrEqual(2);
				reached.push(focused.href);
			}
			expect(reached).toEqual(expected);
			await page.close();
		}
	);

	it('opens a claim from its mark in the chart', async () => {
		const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${session.origin}${busiestPath}`);
		const mark = visibleMarks(page).first();
		const href = await mark.getAttribute('href');
		// A reader clicks the marker itself: a mark's link also holds its bars and lines, with gaps between them.
		await mark.locator('path.chart-marker').click();
		await page.waitForURL(`${session.origin}${href}`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await page.close();
	});
});
