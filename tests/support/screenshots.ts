import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where the browser tests leave their screenshots for people to look at. */
const SCREENSHOTS = 'test-results/screenshots';

/**
 * Resolves once the page has drawn a frame that shows its current state, in its own fonts. `goto` returns at the load
 * event, which can come before the first frame is presented; a capture asked for then fails ("Unable to capture
 * screenshot", seen in 12 of 160 captures on a loaded machine, none of 160 after waiting), and a capture or a
 * measurement after a style change such as `emulateMedia` could see the frame from before it. Two animation frames:
 * the next is drawn, the one after proves it was presented.
 */
export function waitForPaint(page: Page): Promise<void> {
	return page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise<void>((presented) =>
			requestAnimationFrame(() => requestAnimationFrame(() => presented()))
		);
	});
}

/** Saves what the reader sees now, the whole page or the viewport, as test-results/screenshots/<name>.png. */
export async function saveScreenshot(
	page: Page,
	name: string,
	{ fullPage }: { fullPage: boolean }
): Promise<void> {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await waitForPaint(page);
	await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
