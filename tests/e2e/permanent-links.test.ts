import { describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { buildFixtureSite } from '../support/build-fixture-site.ts';

// A site built from fixture content with a renamed claim (old id nis-special-forces-shipped), a duplicate merged into
// nis-1500-special-forces, a claim its claimant retracted, and a draft awaiting review.
const session = useBrowserSession(() => buildFixtureSite('accepted-renamed-and-withdrawn-claims'));
const CLAIM = '/claims/nis-1500-special-forces/';

const DRAFT = 'nis-draft-awaiting-review';

describe('a draft claim', () => {
	it('has no page (so search has nothing to index) and appears in no list, export, feed or sitemap', async () => {
		const fetchText = async (path: string) => {
			const response = await fetch(`${session.origin}${path}`);
			return { status: response.status, text: await response.text() };
		};
		expect((await fetchText(`/claims/${DRAFT}/`)).status).toBe(404);
		// The published claims are there, so an absent draft is not an empty site.
		expect((await fetchText(CLAIM)).status).toBe(200);
		for (const path of [
			'/claims/',
			'/claims.json',
			'/claims.csv',
			'/claim-ids.json',
			'/feed.xml',
			'/sitemap-0.xml',
		]) {
			const { status, text } = await fetchText(path);
			expect(status, path).toBe(200);
			expect(text, path).toContain('nis-1500-special-forces');
			expect(text, path).not.toContain(DRAFT);
		}
	});
});

describe('links that never break', () => {
	it.each([true, false])(
		'sends an old claim address to the claim (JavaScript on: %s)',
		async (javaScriptEnabled) => {
			const context = await session.browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(`${session.origin}/claims/nis-special-forces-shipped/`);
			await page.waitForURL(`${session.origin}${CLAIM}`);
			expect(await page.locator('h1').textContent()).toBe(
				'NIS: 1,500 North Korean special forces shipped to Vladivostok'
			);
			await context.close();
		}
	);

	it('keeps a merged claim’s page, saying which claim it was merged into', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/nis-transfer-duplicate/`);
		const tombstone = page.locator('.tombstone');
		expect(await tombstone.locator('h2').textContent()).toBe('This claim was merged into another');
		expect(await tombstone.locator(`a[href="${CLAIM}"]`).count()).toBe(1);
		expect(await wcagViolations(page)).toEqual([]);
		await page.close();
	});

	it('keeps a withdrawn claim’s page, saying who retracted it, when and why', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/nis-retracted-troop-estimate/`);
		const tombstone = page.locator('.tombstone');
		expect(await tombstone.locator('h2').textContent()).toBe('This claim was withdrawn');
		expect(await tombstone.innerText()).toContain(
			'Retracted by National Intelligence Service (South Korea) on 20 Oct 2024: The NIS corrected the figure'
		);
		expect(await wcagViolations(page)).toEqual([]);
		await page.close();
	});

	it('suggests the closest claims on the 404 page for a mistyped claim address', async () => {
		const page = await session.browser.newPage();
		const response = await page.goto(`${session.origin}/claims/nis-1500-special-force/`);
		expect(response?.status()).toBe(404);
		const suggestions = page.locator('[data-suggestions]');
		await suggestions.waitFor({ state: 'visible' });
		expect(await suggestions.locator('a').first().getAttribute('href')).toBe(CLAIM);
		expect(await page.locator('main a[href="/claims/"]').count()).toBe(1);
		expect(await wcagViolations(page)).toEqual([]);
		await page.close();
	});

	it('copies the permanent link with the button, which only shows when it can work', async () => {
		const context = await session.browser.newContext({
			permissions: ['clipboard-read', 'clipboard-write'],
		});
		const page = await context.newPage();
		await page.goto(`${session.origin}${CLAIM}`);
		const permalink = await page.locator('#permalink').getAttribute('href');
		expect(permalink).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
		// The cite box is folded under its heading, as reference a reader opens when wanted.
		expect(await page.locator('#permalink').isVisible()).toBe(false);
		await page.locator('#cite summary').click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
		await context.close();

		const withoutScript = await session.browser.newContext({ javaScriptEnabled: false });
		const plain = await withoutScript.newPage();
		await plain.goto(`${session.origin}${CLAIM}`);
		await plain.locator('#cite summary').click();
		expect(await plain.locator('#permalink').isVisible()).toBe(true);
		expect(await plain.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
		await withoutScript.close();
	});
});
