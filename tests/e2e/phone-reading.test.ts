import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { smallTapTargets } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { builtClaimsJson, builtPages } from '../support/built-site.ts';
import { SEARCH_PAGE_PATH } from '../../src/site/links/site-paths.ts';
import { VERDICT_KEYS, verdictLabel } from '../../src/core/statuses/verdict-keys.ts';

/** The reader's way through the story on a phone (issue 24): page lengths, boilerplate, tap targets and search. */
const session = useBrowserSession();
const PHONE = { width: 375, height: 812 };
const claims = builtClaimsJson().claims;
const listPages = builtPages()
	.map(({ path }) => path)
	.filter((path) => /^\/claims\/((sorted\/[^/]+\/)?(page\/\d+\/)?)$/.test(path));
// The claims with the longest and the shortest record: most and fewest quotes, status changes and evidence.
const weight = (claim: (typeof claims)[number]) =>
	claim.sources.length + claim.statusHistory.length + claim.evidence.length;
const byWeight = [...claims].sort((a, b) => weight(a) - weight(b));
const claimPages = [byWeight[0]!, byWeight.at(-1)!].map((claim) => `/claims/${claim.id}/`);

/** Opens a path on a phone-sized screen for `use`, and closes it whatever `use` does. */
async function onPhone<T>(
	path: string,
	use: (page: Page) => Promise<T>,
	javaScriptEnabled = true
): Promise<T> {
	const context = await session.browser.newContext({ viewport: PHONE, javaScriptEnabled });
	try {
		const page = await context.newPage();
		await page.goto(`${session.origin}${path}`);
		return await use(page);
	} finally {
		await context.close();
	}
}

describe('reading the story on a 375 px phone', () => {
	it('keeps every page of the claims list, in every order, under 12,000 px', async () => {
		// Three orders of at least one page each.
		expect(listPages.length).toBeGreaterThanOrEqual(3);
		for (const path of listPages) {
			const height = await onPhone(path, (page) =>
				page.evaluate(() => document.documentElement.scrollHeight)
			);
			expect(height, path).toBeLessThanOrEqual(12_000);
		}
	});

	it.each(claimPages)(
		'folds the cite box and the status glossary on %s to at most 15 % of the page',
		async (path) => {
			const { boilerplate, total } = await onPhone(path, (page) =>
				page.evaluate(() => ({
					boilerplate: ['#cite', '.claim-page .legend']
						.map((selector) => document.querySelector<HTMLElement>(selector)!.offsetHeight)
						.reduce((sum, height) => sum + height, 0),
					total: document.documentElement.scrollHeight,
				}))
			);
			expect(boilerplate).toBeGreaterThan(0);
			expect(boilerplate / total).toBeLessThanOrEqual(0.15);
		}
	);

	it.each(['/timeline/', '/claims/', `${SEARCH_PAGE_PATH}?q=Kursk`])(
		'has no tap target under 24 px without room around it on %s',
		async (path) => {
			const small = await onPhone(path, async (page) => {
				if (path.includes('?q=')) await page.waitForSelector('#search-results li');
				return smallTapTargets(page);
			});
			expect(small).toEqual([]);
		}
	);

	it('shows results as the reader types, within 300 ms of the last keystroke, each with its status', async () => {
		await onPhone(SEARCH_PAGE_PATH, async (page) => {
			const words = page.locator('input[name="q"]');
			// A first search loads and compiles the index, as a reader's first word does; the timed word comes after.
			await words.fill('North');
			await page.locator('#search-results li').first().waitFor();
			await words.fill('');
			await expect.poll(() => page.locator('#search-results li').count()).toBe(0);
			const typed = 'Kursk';
			// From the last keystroke to the first result of the whole word: the address names the query a search runs
			// for, so results drawn for a word still being typed are not counted.
			const timing = page.evaluate(
				(word) =>
					new Promise<number>((resolve) => {
						let lastKey = 0;
						// No results at all within 10 s reads as an unbounded delay, not a hung test.
						setTimeout(() => resolve(Number.POSITIVE_INFINITY), 10_000);
						const input = document.querySelector('input[name="q"]')!;
						input.addEventListener('input', () => (lastKey = performance.now()));
						new MutationObserver(() => {
							const query = new URLSearchParams(location.search).get('q');
							if (query === word && document.querySelector('#search-results li'))
								resolve(performance.now() - lastKey);
						}).observe(document.querySelector('#search-results')!, { childList: true });
					}),
				typed
			);
			await words.pressSequentially(typed, { delay: 60 });
			expect(await timing).toBeLessThanOrEqual(300);
			const statuses = await page.locator('#search-results .search-verdict').allTextContents();
			expect(statuses.length).toBeGreaterThan(0);
			const labels = new Set(VERDICT_KEYS.map(verdictLabel));
			for (const status of statuses) expect(labels).toContain(status);
		});
	});

	it('without JavaScript, shows no search form that would do nothing, and links to the static lists', async () => {
		await onPhone(
			SEARCH_PAGE_PATH,
			async (page) => {
				expect(await page.locator('#search-form').isVisible()).toBe(false);
				expect(await page.locator('noscript').count()).toBe(1);
				expect(await page.locator('a[href^="/timeline/statuses/"]').count()).toBeGreaterThan(3);
			},
			false
		);
	});
});
