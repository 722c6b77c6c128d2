import { describe, expect, it } from 'vitest';
import { wcagViolations } from '../support/axe.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { watchPage } from '../support/page-watch.ts';
import { PAGE_TYPES } from '../support/page-types.ts';
import { saveScreenshot, waitForPaint } from '../support/screenshots.ts';

const session = useBrowserSession();

describe.each(PAGE_TYPES)('the $name page ($path)', ({ name, path }) => {
	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations in the %s colour scheme',
		async (colorScheme) => {
			const page = await session.browser.newPage({ colorScheme });
			await page.goto(`${session.origin}${path}`);
			const violations = await wcagViolations(page);
			expect(violations).toEqual([]);
			await page.close();
		}
	);

	it('makes no request outside the site, breaks no Content-Security-Policy and logs no error', async () => {
		const page = await session.browser.newPage();
		const watch = await watchPage(page, session.origin);
		const consoleErrors: string[] = [];
		page.on('console', (message) => {
			// The 404 page's own status shows up as a console error; it is the point of that page.
			if (message.type() === 'error' && !(name === 'not-found' && message.text().includes('404')))
				consoleErrors.push(message.text());
		});
		await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
		expect(watch.foreignRequests).toEqual([]);
		expect(watch.cspViolations).toEqual([]);
		expect([...watch.errors, ...consoleErrors]).toEqual([]);
		await page.close();
	});

	it.each([320, 375, 1280])(
		'fits a %i px wide screen without sideways scrolling (screenshots saved, light and dark)',
		async (width) => {
			const page = await session.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${session.origin}${path}`);
			// Measured as drawn, in the page's own fonts, which can be wider than the fallback's.
			await waitForPaint(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await saveScreenshot(page, `${name}-${width}`, { fullPage: true });
			// The proof of how readers see it, in both colour schemes, at the phone and desktop widths.
			if (width !== 320) {
				await page.emulateMedia({ colorScheme: 'dark' });
				await saveScreenshot(page, `${name}-${width}-dark`, { fullPage: true });
			}
			await page.close();
		}
	);
});
