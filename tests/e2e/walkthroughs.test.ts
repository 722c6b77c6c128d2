import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtClaimsJson } from '../support/built-site.ts';

const session = useBrowserSession();
const claims = builtClaimsJson().claims;
const refuted = claims.filter((claim) => claim.status === 'refuted');

describe('with JavaScript off', () => {
	it('filters the timeline by status through its links, and offers the way back to every claim', async () => {
		expect(refuted.length).toBeGreaterThan(0);
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}/timeline/`);
		await page.click('.timeline-nav summary');
		await page.click('.timeline-nav a[href="/timeline/statuses/refuted/"]');
		expect(new URL(page.url()).pathname).toBe('/timeline/statuses/refuted/');
		const badges = await page.locator('.timeline-entry .status').allTextContents();
		expect(badges.length).toBeGreaterThanOrEqual(refuted.length);
		expect(new Set(badges.map((badge) => badge.trim()))).toEqual(new Set(['refuted']));
		expect(await page.locator('.timeline-nav a[href="/timeline/"]').first().isVisible()).toBe(true);
		await context.close();
	});

	it('shows a claimant’s track record in words, not only in colour', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}/claimants/nis/`);
		const record = page.locator('section:has(#record-heading)');
		expect(await record.locator('.status-bar__legend li').count()).toBeGreaterThan(0);
		expect(await record.textContent()).toMatch(/later confirmed/);
		expect(await record.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/\d+ \w+/);
		await context.close();
	});
});

describe('with the keyboard only', () => {
	it('goes from the front page to search, searches, and opens a result', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/`);
		let onSearchLink = false;
		for (let step = 0; step < 12 && !onSearchLink; step++) {
			await page.keyboard.press('Tab');
			onSearchLink = await page.evaluate(
				() =>
					(document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') === '/search/'
			);
		}
		expect(onSearchLink).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL('**/search/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		let inQuery = false;
		for (let step = 0; step < 12 && !inQuery; step++) {
			inQuery = await page.evaluate(
				() => (document.activeElement as HTMLInputElement | null)?.name === 'q'
			);
			if (!inQuery) await page.keyboard.press('Tab');
		}
		expect(inQuery).toBe(true);
		await page.keyboard.type('Tuva');
		await page.keyboard.press('Enter');
		await page.waitForSelector('#search-results li a');
		let onResult = false;
		for (let step = 0; step < 15 && !onResult; step++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(
				() => document.activeElement?.closest('#search-results') !== null
			);
		}
		expect(onResult).toBe(true);
		const target = await page.evaluate(
			() => (document.activeElement as HTMLAnchorElement).pathname
		);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${target}`);
		expect(new URL(page.url()).pathname).toMatch(/^\/claims\/[^/]+\/$/);
		await page.close();
	});
});
