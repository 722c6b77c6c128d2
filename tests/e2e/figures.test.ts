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
			expect(rows).toBe(marks);
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
		'reaches every mark with Tab at %i px and outlines the focused one visibly',
		async (width) => {
			const page = await session.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${session.origin}/figures/`);
			const marks = visibleMarks(page);
			const total = await marks.count();
			await marks.evaluateAll((links) =>
				links.forEach((link, index) => link.setAttribute('data-mark', String(index)))
			);
			const first = marks.first();
			const area = await first.boundingBox();
			const clip = {
				x: area!.x - 8,
				y: area!.y - 8,
				width: area!.width + 16,
				height: area!.height + 16,
			};
			const unfocused = await page.screenshot({ clip });

			const reached = new Set<string>();
			for (let press = 0; press < 200 && reached.size < total; press++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const element = document.activeElement;
					const index = element?.getAttribute('data-mark');
					if (!element || index === null || index === undefined) return undefined;
					const style = getComputedStyle(element);
					return { index, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
				});
				if (!focused) continue;
				expect(focused.outline).not.toBe('none');
				expect(focused.width).toBeGreaterThanOrEqual(2);
				if (focused.index === '0') expect(await page.screenshot({ clip })).not.toEqual(unfocused);
				reached.add(focused.index);
			}
			expect(reached.size).toBe(total);
			await page.close();
		}
	);
});
