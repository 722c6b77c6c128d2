import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtClaimsJson } from '../support/built-site.ts';

const session = useBrowserSession();
const claimIds = new Set(builtClaimsJson().claims.map((claim) => claim.id));

/** The links of the charts on show (each chart is drawn twice, and CSS shows the drawing that fits the screen). */
const visibleMarks = (page: Page) => page.locator('svg.chart:visible a.chart-mark');

describe('the figures page', () => {
	it('shows every chart and table with JavaScript off, or says there are no estimates yet', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}/figures/`);
		expect(await page.locator('h1').textContent()).toBe('How many North Korean troops?');
		const sections = page.locator('section.estimates');
		expect(await sections.count()).toBe(3);
		let charted = 0;
		for (const section of await sections.all()) {
			const marks = await section.locator('svg.chart:visible a.chart-mark').count();
			const rows = await section.locator('tbody tr').count();
			if (marks === 0) {
				expect(await section.locator('svg').count()).toBe(0);
				expect(await section.textContent()).toContain('No estimates yet');
				continue;
			}
			charted++;
			// One link per claim: a claim's marks share one link, and its row in the table is one row.
			expect(rows).toBe(marks);
			expect(
				new Set(
					await section
						.locator('tbody a')
						.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
				).size
			).toBe(rows);
			expect(await section.locator('.chart-legend li').count()).toBeGreaterThan(0);
		}
		expect(charted).toBeGreaterThan(0);
		await context.close();
	});

	it('links every mark of every chart to a published claim page', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/figures/`);
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

	it.each([1280, 375])(
		'at %i px Tab passes over the chart to the table, one stop per claim, with a visible outline',
		async (width) => {
			const page = await session.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${session.origin}/figures/`);
			const section = page.locator('section.estimates').first();
			const claimLinks = section.locator('tbody a');
			const expected = await claimLinks.evaluateAll((links) =>
				links.map((link) => link.getAttribute('href'))
			);
			expect(expected.length).toBeGreaterThan(1);
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
		await page.goto(`${session.origin}/figures/`);
		const mark = visibleMarks(page).first();
		const href = await mark.getAttribute('href');
		await mark.click();
		await page.waitForURL(`${session.origin}${href}`);
		expect(await page.locator('h1').textContent()).toBeTruthy();
		await page.close();
	});
});
