import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedLedgerPath } from '../../src/core/content-folders.ts';
import { builtClaimsJson, builtPages, DIST, elements, parseHtml } from '../support/built-site.ts';

const ledger = readFileSync(publishedLedgerPath('content'), 'utf8').split('\n').filter(Boolean);
const recordPages = builtPages()
	.map((page) => page.path)
	.filter((path) => /^\/(claims|claimants|sources)\/[^/]+\/$/.test(path));

describe('permanent links in dist/', () => {
	it('answers every URL in the ledger of published pages with a page or a redirect', () => {
		expect(ledger.filter((path) => !existsSync(join(DIST, path, 'index.html')))).toEqual([]);
	});

	it('has every record page in the committed ledger (run npm run ledger and commit it if this fails)', () => {
		expect(recordPages.filter((path) => !ledger.includes(path))).toEqual([]);
	});

	it('lists in the sitemap exactly the pages that are canonically themselves', () => {
		const listed = new Set(
			readdirSync(DIST)
				.filter((name) => /^sitemap-\d+\.xml$/.test(name))
				.flatMap((name) =>
					[...readFileSync(join(DIST, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
						([, url]) => new URL(url!).pathname
					)
				)
		);
		const canonicalPath = (file: string) => {
			const href = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
			return href === undefined ? undefined : new URL(href).pathname;
		};
		const pages = builtPages().filter(({ path }) => !/\/404\/$/.test(path));
		const elsewhere = pages.filter(({ path, file }) => canonicalPath(file) !== path);
		// Moved claims and the timeline's busiest period (also at /timeline/) point elsewhere.
		expect(elsewhere.some(({ path }) => /^\/timeline\/\d{4}-\d{2}\/$/.test(path))).toBe(true);
		expect(elsewhere.filter(({ path }) => listed.has(path)).map(({ path }) => path)).toEqual([]);
		expect(
			pages
				.filter(({ path, file }) => canonicalPath(file) === path && !listed.has(path))
				.map(({ path }) => path)
		).toEqual([]);
	});

	it('writes a _redirects file for hosts that read one', () => {
		expect(existsSync(join(DIST, '_redirects'))).toBe(true);
	});

	it.each(builtClaimsJson().claims.map((claim) => claim.id))(
		'gives claim %s stable anchors and a visible permanent link',
		(id) => {
			const all = elements(parseHtml(join(DIST, 'claims', id, 'index.html')));
			const ids = new Set(all.map((element) => element.attribs['id']));
			for (const anchor of ['quotes', 'status-history', 'evidence', 'related', 'cite', 'statuses'])
				expect(ids).toContain(anchor);
			const canonical = all.find(
				(element) => element.name === 'link' && element.attribs['rel'] === 'canonical'
			)?.attribs['href'];
			const permalink = all.find((element) => element.attribs['id'] === 'permalink');
			expect(permalink?.attribs['href']).toBe(canonical);
			expect(canonical).toMatch(new RegExp(`/claims/${id}/$`));
		}
	);
});
