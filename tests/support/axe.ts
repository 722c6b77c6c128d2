import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** Runs axe-core on a loaded page against WCAG 2.2 A and AA; returns one line per violation. */
export function wcagViolations(page: Page): Promise<string[]> {
	return axeViolations(page, { type: 'tag', values: WCAG_TAGS });
}

/**
 * Tap targets smaller than 24 × 24 CSS px without the spacing WCAG 2.5.8 allows instead (axe-core's `target-size`
 * rule, which also exempts links inside a sentence); one line per violation.
 */
export function smallTapTargets(page: Page): Promise<string[]> {
	return axeViolations(page, { type: 'rule', values: ['target-size'] });
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(
	page: Page,
	runOnly: { type: 'tag' | 'rule'; values: string[] }
): Promise<string[]> {
	// Evaluated through the DevTools protocol rather than a <script> tag, which the site's CSP rightly blocks.
	await page.evaluate(`${axeSource};undefined`);
	return page.evaluate(async (only) => {
		interface Violation {
			id: string;
			help: string;
			nodes: Array<{ target: string[] }>;
		}
		const axe = (
			window as unknown as {
				axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
			}
		).axe;
		const result = await axe.run(document, { runOnly: only });
		return result.violations.map(
			(violation) =>
				`${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`
		);
	}, runOnly);
}
