import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';
import { PAGE_TYPES } from '../support/page-types.ts';

const session = useBrowserSession();
const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);
const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

interface AxeViolation {
	id: string;
	help: string;
	nodes: Array<{ target: string[] }>;
}

describe.each(PAGE_TYPES)('the $name page ($path)', ({ name, path }) => {
	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violations in the %s colour scheme',
		async (colorScheme) => {
			const page = await session.browser.newPage({ colorScheme });
			await page.goto(`${session.origin}${path}`);
			await page.addScriptTag({ content: axeSource });
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
						};
					}
				).axe;
				const result = await axe.run(document, {
					runOnly: {
						type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
					},
				});
				return result.violations.map(
					(violation) =>
						`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
				);
			});
			expect(violations).toEqual([]);
			await page.close();
		}
	);

	it('makes no request outside the site and logs no error', async () => {
		const page = await session.browser.newPage();
		const foreign: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(session.origin) && !request.url().startsWith('data:'))
				foreign.push(request.url());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error' && !(name === 'not-found' && message.text().includes('404')))
				errors.push(message.text());
		});
		await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each([320, 375, 1280])(
		'fits a %i px wide screen without sideways scrolling (screenshot saved)',
		async (width) => {
			const page = await session.browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${session.origin}${path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
			await page.close();
		}
	);
});
