import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGE_PATHS } from '../../src/core/links/page-paths.ts';
import {
	builtClaimsJson,
	DIST,
	elements,
	pagesToValidate,
	parseHtml,
} from '../support/built-site.ts';

const KB = 1024;
const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** The CSS and JavaScript a built page loads: linked files, and inline module scripts. */
function pageAssets(file: string): { css: number; js: number; executableScripts: number } {
	const all = elements(parseHtml(file));
	const css = all
		.filter((element) => element.name === 'link' && element.attribs['rel'] === 'stylesheet')
		.reduce((total, link) => total + gzipped(readFileSync(join(DIST, link.attribs['href']!))), 0);
	const scripts = all.filter(
		(element) => element.name === 'script' && element.attribs['type'] !== 'application/ld+json'
	);
	const js = scripts.reduce((total, script) => {
		const source = script.attribs['src'];
		const inline = script.children.map((child) => ('data' in child ? child.data : '')).join('');
		return total + gzipped(source ? readFileSync(join(DIST, source)) : inline);
	}, 0);
	return { css, js, executableScripts: scripts.length };
}

describe('page budgets', () => {
	const checked = new Set(pagesToValidate().map((page) => page.path));
	it.each(
		builtClaimsJson()
			.claims.filter((claim) => checked.has(PAGE_PATHS.claims(claim.id)))
			.map((claim) => claim.id)
	)('claim page %s: HTML ≤ 14 KB and CSS ≤ 12 KB gzipped', (id) => {
		const file = join(DIST, 'claims', id, 'index.html');
		expect(gzipped(readFileSync(file))).toBeLessThanOrEqual(14 * KB);
		expect(pageAssets(file).css).toBeLessThanOrEqual(12 * KB);
	});

	it.each(pagesToValidate().map((page) => [page.path, page.file]))(
		'%s: HTML ≤ 40 KB gzipped, so no page grows without bound',
		(_path, file) => {
			expect(gzipped(readFileSync(file))).toBeLessThanOrEqual(40 * KB);
		}
	);

	it.each(pagesToValidate().map((page) => [page.path, page.file]))(
		'%s: its enhancing scripts are ≤ 10 KB gzipped',
		(_path, file) => {
			expect(pageAssets(file).js).toBeLessThanOrEqual(10 * KB);
		}
	);

	it('reads a claim with no JavaScript at all: a claim page’s only scripts enhance (copy buttons)', () => {
		const file = join(DIST, 'claims', builtClaimsJson().claims[0]!.id, 'index.html');
		expect(pageAssets(file).executableScripts).toBeLessThanOrEqual(1);
	});
});
