import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, elements, parseHtml } from '../support/built-site.ts';

const pages = builtPages().map((page) => {
	const all = elements(parseHtml(page.file));
	return {
		...page,
		ids: new Set(
			all.map((element) => element.attribs['id']).filter((id): id is string => id !== undefined)
		),
		links: all.flatMap((element) =>
			['href', 'src']
				.map((name) => element.attribs[name])
				.filter((value): value is string => value !== undefined)
		),
	};
});
const idsByPath = new Map(pages.map((page) => [page.path, page.ids]));

/** The file a site-relative URL path is served from, as a static host resolves it. */
function fileFor(path: string): string | undefined {
	const file = join(DIST, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

describe('internal links in dist/', () => {
	it('finds pages to check', () => {
		expect(pages.length).toBeGreaterThan(5);
	});

	it('all resolve to a file, and every #anchor to an element on the target page', () => {
		const broken: string[] = [];
		for (const page of pages) {
			for (const link of page.links) {
				if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue; // external, or mailto: and the like
				const url = new URL(link, `http://site${page.path}`);
				if (!fileFor(url.pathname)) {
					broken.push(`${page.path}: ${link} (no such file)`);
					continue;
				}
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (anchor === '' || anchor.startsWith(':~:')) continue;
				const targetIds = idsByPath.get(
					url.pathname.endsWith('/') ? url.pathname : `${url.pathname}`
				);
				if (!targetIds?.has(anchor))
					broken.push(`${page.path}: ${link} (no element with id "${anchor}")`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('uses trailing slashes on page links, as the permanent URLs do', () => {
		const unslashed = pages.flatMap((page) =>
			page.links
				.filter((link) =>
					/^\/(claims|claimants|sources|timeline)\/[^#.]*[^/#]$/.test(link.split('#')[0]!)
				)
				.map((link) => `${page.path}: ${link}`)
		);
		expect(unslashed).toEqual([]);
	});

	it('never gives two elements of a page the same id', () => {
		const duplicates = builtPages().flatMap((page) => {
			const ids = elements(parseHtml(page.file))
				.map((element) => element.attribs['id'])
				.filter(Boolean);
			return ids
				.filter((id, index) => ids.indexOf(id) !== index)
				.map((id) => `${page.path}: #${id}`);
		});
		expect(duplicates).toEqual([]);
	});
});
