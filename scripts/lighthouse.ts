/**
 * `npm run lighthouse [-- /path/ …]`: Lighthouse's four scores (performance, accessibility, best practices, SEO) and
 * the layout shift of built pages, on a phone and on a desktop, in the project's Chromium against dist/ served
 * locally. Without paths it audits one page of each type the issue names. Run `npm run build` first; not part of
 * `npm test`, since scores depend on the machine's load.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MeasuresJsonSchema } from '../src/core/schemas/measures-json.ts';
import { builtClaimsJson, builtPages, DIST } from '../tests/support/built-site.ts';
import { chromiumPath } from '../tests/support/launch-chromium.ts';
import { serveDist } from '../tests/support/serve-dist.ts';

const claim = builtClaimsJson().claims[0]!;
const { measures } = MeasuresJsonSchema.parse(
	JSON.parse(readFileSync(join(DIST, 'measures.json'), 'utf8'))
);
// The charted measure with the most estimates, and one without a chart.
const charted = measures
	.filter((measure) => measure.charted)
	.reduce((most, measure) => (measure.estimates > most.estimates ? measure : most));
const uncharted = measures.find((measure) => !measure.charted);
if (!uncharted) throw new Error(`${DIST}/measures.json has no uncharted measure to audit`);
// The place page with the most on it (its claims, its map).
const busiestPlace = builtPages()
	.filter(({ path }) => /^\/places\/[^/]+\/$/.test(path))
	.reduce((largest, page) =>
		statSync(page.file).size > statSync(largest.file).size ? page : largest
	).path;
const paths = process.argv.slice(2).length
	? process.argv.slice(2)
	: [
			'/',
			'/claims/',
			`/claims/${claim.id}/`,
			'/timeline/',
			'/places/',
			busiestPlace,
			'/figures/',
			`/figures/${charted.id}/`,
			`/figures/${uncharted.id}/`,
			'/search/',
			`/claimants/${claim.claimant.id}/`,
		];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveDist('dist');
const chrome = await chromeLauncher.launch({
	chromePath: await chromiumPath(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
	for (const path of paths) {
		for (const formFactor of ['mobile', 'desktop'] as const) {
			const result = await lighthouse(
				server.origin + path,
				{ port: chrome.port, output: 'json', logLevel: 'error' },
				formFactor === 'desktop' ? desktopConfig : undefined
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories, audits } = result.lhr;
			const scores = CATEGORIES.map((name) => Math.round((categories[name]?.score ?? 0) * 100));
			const shift = audits['cumulative-layout-shift']?.numericValue ?? NaN;
			console.log(
				`${path.padEnd(60)} ${formFactor.padEnd(8)} ${scores.join(' / ')}   layout shift ${shift.toFixed(3)}`
			);
		}
	}
} finally {
	chrome.kill();
	await server.close();
}
