import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtClaimsJson, DIST } from '../support/built-site.ts';
import { MeasuresJsonSchema } from '../../src/core/schemas/measures-json.ts';
import { SEARCH_PAGE_PATH } from '../../src/site/links/site-paths.ts';
import { dateSortKey } from '../../src/core/dates/date-order.ts';
import { toFuzzyDate } from '../../src/core/dates/fuzzy-date.ts';

const session = useBrowserSession();
const claims = builtClaimsJson().claims;
// Words a reader would search for, and the claims whose title carries them.
const tuvaClaims = claims.filter((claim) => /\bTuva\b/.test(claim.title));
const refuted = claims.filter((claim) => claim.status === 'refuted');
const measureNames = new Map(
	MeasuresJsonSchema.parse(
		JSON.parse(readFileSync(join(DIST, 'measures.json'), 'utf8'))
	).measures.map((measure) => [measure.id, measure.name])
);
// The claim with the most figures: its result must say what each of them counts.
const mostFigures = claims.reduce((most, claim) =>
	claim.figures.length > most.figures.length ? claim : most
);

describe('searching the claims', () => {
	it('loads no part of the index until the reader searches', async () => {
		const page = await session.browser.newPage();
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${session.origin}${SEARCH_PAGE_PATH}`);
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
		await page.close();
	});

	it('finds the claims with a word, under the site’s own security policy, and keeps the search in the address', async () => {
		expect(tuvaClaims.length).toBeGreaterThan(0);
		const page = await session.browser.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && !message.text().includes('favicon'))
				problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(String(error)));
		await page.goto(`${session.origin}${SEARCH_PAGE_PATH}`);
		await page.fill('input[name="q"]', 'Tuva');
		await page.press('input[name="q"]', 'Enter');
		await page.waitForSelector('#search-results li');
		const found = await page.$$eval('#search-results li h2 a', (links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
		);
		for (const claim of tuvaClaims) expect(found).toContain(`/claims/${claim.id}/`);
		expect(new URL(page.url()).searchParams.get('q')).toBe('Tuva');
		expect(problems).toEqual([]);
		await page.close();
	});

	it('says beside each figure in a result what it counts', async () => {
		expect(mostFigures.figures.length).toBeGreaterThan(1);
		const page = await session.browser.newPage();
		await page.goto(
			`${session.origin}${SEARCH_PAGE_PATH}?q=${encodeURIComponent(mostFigures.title)}`
		);
		const result = page.locator('#search-results li', {
			has: page.locator(`h2 a[href$="/claims/${mostFigures.id}/"]`),
		});
		const figures = await result.locator('.search-figures').textContent();
		for (const figure of mostFigures.figures)
			expect(figures).toContain(`(${measureNames.get(figure.measure)})`);
		await page.close();
	});

	it('filters by status from a shared address, and says how to widen a search that finds nothing', async () => {
		expect(refuted.length).toBeGreaterThan(0);
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}${SEARCH_PAGE_PATH}?status=refuted&sort=newest`);
		await page.waitForSelector('#search-results li');
		expect(await page.locator('#search-results li').count()).toBe(refuted.length);
		expect(await page.inputValue('select[name="status"]')).toBe('refuted');
		await page.fill('input[name="q"]', 'zzzzqqq');
		await page.press('input[name="q"]', 'Enter');
		await expect.poll(() => page.textContent('#search-status')).toMatch(/No claim matches\. Widen/);
		await page.close();
	});

	it('lists newest first and oldest first across the index’s parts, one per span of the calendar', async () => {
		const firstDay = new Map(
			claims.map((claim) => [`/claims/${claim.id}/`, dateSortKey(toFuzzyDate(claim.claimed))])
		);
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}${SEARCH_PAGE_PATH}?q=troops`);
		await expect.poll(() => page.textContent('#search-status')).toMatch(/claims match/);
		const matching = await page.textContent('#search-status');
		for (const order of ['newest', 'oldest'] as const) {
			await page.goto(`${session.origin}${SEARCH_PAGE_PATH}?q=troops&sort=${order}`);
			await page.waitForSelector('#search-results li');
			const status = await page.textContent('#search-status');
			const more = page.locator('.search-more');
			while ((await more.count()) > 0) {
				const shown = await page.locator('#search-results li').count();
				await more.click();
				await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(shown);
			}
			const days = await page.$$eval('#search-results li h2 a', (links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
			);
			const listed = days.map((path) => firstDay.get(path)!);
			// Each part searched apart finds what the merged search finds, each claim once.
			expect(status).toBe(matching);
			expect(status).toBe(`${listed.length} claims match.`);
			expect(new Set(days).size).toBe(days.length);
			// The results span more than one year, so more than one part of the index.
			expect(new Set(listed.map((day) => day.slice(0, 4))).size, listed.join(' ')).toBeGreaterThan(
				1
			);
			const sorted = [...listed].sort();
			expect(listed).toEqual(order === 'oldest' ? sorted : sorted.reverse());
		}
		await page.close();
	});

	it('without JavaScript, says so and links to the lists filtered by status and by claimant', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${session.origin}${SEARCH_PAGE_PATH}`);
		expect(await page.locator('noscript').count()).toBe(1);
		const links = await page.$$eval(
			'a[href^="/timeline/statuses/"], a[href^="/timeline/claimants/"]',
			(all) => all.map((link) => link.getAttribute('href'))
		);
		expect(links).toContain('/timeline/statuses/refuted/');
		expect(links.length).toBeGreaterThan(10);
		await context.close();
	});
});
