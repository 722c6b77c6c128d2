import { launchChromium } from './tests/support/launch-chromium.ts';
import { serveDist } from './tests/support/serve-dist.ts';
const paths = process.argv.slice(2);
const server = await serveDist('dist');
const browser = await launchChromium();
for (const path of paths) for (const width of [375, 1280]) for (const scheme of ['light', 'dark'] as const) {
	const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
	await page.goto(server.origin + path);
	await page.evaluate(async () => { await document.fonts.ready; await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))); });
	const name = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home';
	await page.screenshot({ path: `/tmp/shots/${name}-${width}-${scheme}.png`, fullPage: true });
	await page.close();
}
await browser.close(); await server.close();
