import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtClaimsJson, DIST } from '../support/built-site.ts';

const session = useBrowserSession();
const claims = builtClaimsJson().claims;
// A claim on the timeline's first page whose first source is quoted word for word (excerpt-only sources may have no
// stored passage).
const firstTimelinePage = readFileSync(join(DIST, 'timeline', 'index.html'), 'utf8');
const quoted = claims.find(
	(claim) => claim.sources[0]?.quote && firstTimelinePage.includes(`href="/claims/${claim.id}/"`)
)!;

describe('reading the site', () => {
	it('goes from the timeline to a claim, then to its claimant and its source', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/timeline/`);
		const firstClaim = page.locator(`.timeline-entry a[href="/claims/${quoted.id}/"]`).first();
		const title = (await firstClaim.textContent())!.trim();
		await firstClaim.click();
		await expect.poll(() => page.locator('h1').textContent()).toBe(title);
		const claimUrl = page.url();

		const claimantLink = page.locator('.facts a[href^="/claimants/"]');
		const claimantName = (await claimantLink.textContent())!.trim();
		await claimantLink.click();
		expect(await page.locator('h1').textContent()).toBe(claimantName);
		expect(await page.locator(`.claim-list a[href="${new URL(claimUrl).pathname}"]`).count()).toBe(
			1
		);

		await page.goBack();
		const sourceLink = page.locator('#quotes figcaption a[href^="/sources/"][href*="#"]').first();
		const quote = (await page.locator('#quotes blockquote').first().textContent())!.trim();
		await sourceLink.click();
		const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
		expect(anchor).toMatch(/^quote-/);
		expect((await page.locator(`[id="${anchor}"] blockquote`).textContent())!.trim()).toBe(quote);
		await page.close();
	});

	it('reads a claim with JavaScript off: statement, quotes, status history and legend are all there', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const claim = quoted;
		await page.goto(`${session.origin}/claims/${claim.id}/`);
		expect(await page.locator('h1').textContent()).toBe(claim.title);
		expect(await page.locator('.lede').textContent()).toBe(claim.statement);
		expect(await page.locator('#quotes blockquote').count()).toBeGreaterThan(0);
		expect(await page.locator('#status-history li').count()).toBeGreaterThan(0);
		// Eight statuses and “not rated”.
		expect(await page.locator('#statuses dt').count()).toBe(9);
		await context.close();
	});

	it('lists every claim across the pages of /claims/ with JavaScript off, and keeps the script-only filters hidden', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}/claims/`);
		expect(await page.locator('[data-list-filters]').isVisible()).toBe(false);
		const pages = await page
			.locator('nav.pager a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		const listed: string[] = [];
		for (const path of pages.length > 0 ? pages : ['/claims/']) {
			await page.goto(`${session.origin}${path}`);
			listed.push(
				...(await page
					.locator('.claim-list > li:visible h3 a')
					.evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
			);
		}
		expect(listed.sort()).toEqual(claims.map((claim) => `/claims/${claim.id}/`).sort());
		await context.close();
	});

	it('filters a page of /claims/ by claimant with JavaScript on, and keeps the choice in the address', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/`);
		const rows = page.locator('.claim-list > li');
		const onPage = await rows.count();
		const claimant = (await rows.first().getAttribute('data-claimant'))!;
		const expected = await page.locator(`.claim-list > li[data-claimant="${claimant}"]`).count();
		expect(expected).toBeGreaterThan(0);
		expect(expected).toBeLessThan(onPage);
		await page.locator('select[name="claimant"]').selectOption(claimant);
		expect(await page.locator('.claim-list > li:visible').count()).toBe(expected);
		expect(await page.locator('.filter-count').textContent()).toBe(
			`Showing ${expected} of ${onPage} claims.`
		);
		expect(new URL(page.url()).searchParams.get('claimant')).toBe(claimant);
		await page.reload();
		expect(await page.locator('.claim-list > li:visible').count()).toBe(expected);
		await page.close();
	});

	it('prints a claim without the site navigation, and with its permanent link', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/${claims[0]!.id}/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('.print-only').innerText()).toContain(`/claims/${claims[0]!.id}/`);
		// The folded citation and status glossary print open; the copy buttons do not print.
		expect(await page.locator('#citation-text').isVisible()).toBe(true);
		expect(await page.locator('#statuses').isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Copy citation' }).isVisible()).toBe(false);
		await page.close();
	});

	it('folds the citation and the status glossary on screen, and opens them at a link to them', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/${claims[0]!.id}/`);
		expect(await page.locator('#citation-text').isVisible()).toBe(false);
		expect(await page.locator('#statuses').isVisible()).toBe(false);
		await page.goto(`${session.origin}/claims/${claims[0]!.id}/#statuses`);
		await expect.poll(() => page.locator('#statuses').isVisible()).toBe(true);
		await page.close();
	});

	it('folds a long evidence log on screen and prints it in full', async () => {
		const longest = claims.reduce((most, claim) =>
			claim.evidence.length > most.evidence.length ? claim : most
		);
		expect(longest.evidence.length).toBeGreaterThan(3);
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/${longest.id}/`);
		const entries = page.locator('.evidence-log li');
		expect(await entries.first().isVisible()).toBe(false);
		await page.locator('.evidence-log summary').click();
		expect(await entries.first().isVisible()).toBe(true);
		await page.reload();
		await page.emulateMedia({ media: 'print' });
		expect(await entries.last().isVisible()).toBe(true);
		await page.close();
	});

	it('keeps spaces between words and the dates and links beside them', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/`);
		const text = await page.locator('main').innerText();
		expect(text).toMatch(/\d+ claims from \d+ sources? by \d+ claimants\. Browse all claims/);
		expect(text).toContain('see them on the timeline, or search them.');
		const rated = claims.find((claim) => claim.kind !== 'opinion')!;
		await page.goto(`${session.origin}/claims/${rated.id}/`);
		expect(await page.locator('.verdict__status').innerText()).toMatch(
			new RegExp(`^${rated.status}\\s+status since \\d{1,2} \\w{3} \\d{4}$`)
		);
		expect(await page.locator('.verdict__meta').innerText()).toMatch(
			/^Last reviewed \d{1,2} \w{3} \d{4} · How the status changed · How claims are rated$/
		);
		const opinion = claims.find((claim) => claim.kind === 'opinion')!;
		await page.goto(`${session.origin}/claims/${opinion.id}/`);
		expect(await page.locator('.verdict__meta').innerText()).toMatch(
			/^Last reviewed \d{1,2} \w{3} \d{4} · How claims are rated$/
		);
		await page.close();
	});
});
