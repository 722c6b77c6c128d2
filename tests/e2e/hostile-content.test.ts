import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { buildFixtureSite } from '../support/build-fixture-site.ts';
import { watchPage } from '../support/page-watch.ts';

// A site built from content that tries to run script everywhere: in a title, a statement (and so the JSON-LD), a
// quote, a claimant's name, a source's outlet and headline, raw HTML and javascript: links in Markdown.
const session = useBrowserSession(() => buildFixtureSite('accepted-hostile-content'));

const PAGES = [
	'/claims/hostile-claim/',
	'/claims/',
	'/claims/nis-1500-special-forces/',
	'/claimants/hostile-agency/',
	'/claimants/',
	'/sources/hostile-report/',
	'/sources/',
	'/timeline/',
	'/timeline/claimants/hostile-agency/',
	'/figures/',
	'/',
	'/claims/no-such-claim/',
];

describe('hostile content', () => {
	it.each(PAGES)('runs no script, opens no dialog and breaks no policy on %s', async (path) => {
		const page = await session.browser.newPage();
		const watch = await watchPage(page, session.origin);
		await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
		// Hover and click what a hostile handler would hang on, then look for its traces.
		const targets = await page.locator('main :is(a, img, b):visible').all();
		expect(targets.length).toBeGreaterThan(0);
		for (const target of targets) await target.hover();
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
		).toBeUndefined();
		expect(watch.dialogs).toEqual([]);
		expect(watch.cspViolations).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('shows the hostile text as text, and drops the raw HTML and the javascript: link from the Markdown', async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.origin}/claims/hostile-claim/`);
		expect(await page.locator('h1').textContent()).toBe(
			'<script>window.__pwned = "title"</script> Hostile claim'
		);
		expect(await page.locator('main iframe, main img, main object, main embed').count()).toBe(0);
		// The page's own enhancing module may live in <main>; nothing from the content may.
		const scripts = await page.locator('main script').allTextContents();
		expect(scripts.filter((script) => script.includes('__pwned'))).toEqual([]);
		const handlers = await page.evaluate(
			() =>
				[...document.querySelectorAll('main *')].filter((element) =>
					element.getAttributeNames().some((name) => name.startsWith('on'))
				).length
		);
		expect(handlers).toBe(0);
		expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
		const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
		expect(jsonLd).not.toContain('</script>');
		const review = JSON.parse(jsonLd!) as { itemReviewed: { author: { name: string } } };
		expect(review.itemReviewed.author.name).toBe(
			'<script>window.__pwned = "claimant name"</script> Agency'
		);
		await page.close();
	});
});
