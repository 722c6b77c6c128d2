import { launchChromium } from './tests/support/launch-chromium.ts';
import { serveDist } from './tests/support/serve-dist.ts';
const server = await serveDist('dist');
const browser = await launchChromium();
for (const path of process.argv.slice(2)) {
	const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
	await page.goto(server.origin + path);
	await page.evaluate(() => document.fonts.ready);
	console.log(path, await page.evaluate(() => { const out: string[] = []; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 1) out.push(`${e.tagName}.${e.className} ${Math.round(r.right)}`); } return [document.documentElement.scrollWidth - document.documentElement.clientWidth, out.slice(0, 8)]; }));
	await page.close();
}
await browser.close(); await server.close();
