import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ADMIN_PATH } from '../../site/links/site-paths.ts';

/** How much of a page's head is read for its canonical link: it comes within the first few hundred bytes. */
const HEAD_BYTES = 4096;

/**
 * The sitemap, of the pages that belong in it, read from the folder this build writes (`--outDir` included: the
 * sitemap's own filter is not told it, so it is taken when the configuration is final).
 */
export function sitemapOfPages(): AstroIntegration[] {
	let outDir: string | undefined;
	return [
		{
			name: 'sitemap-out-dir',
			hooks: {
				'astro:config:done': ({ config }) => {
					outDir = fileURLToPath(config.outDir);
				},
			},
		},
		sitemap({
			filter: (page) => {
				if (outDir === undefined)
					throw new Error('sitemap-out-dir: the build never finished configuring');
				return listedInSitemap(page, outDir);
			},
		}),
	];
}

/**
 * Whether a built page belongs in the sitemap: not the not-found page, not the admin, and not a page whose canonical
 * link names another address (the busiest timeline period, also served at `/timeline/`, is listed once, there).
 * Read from the written file, so the sitemap follows what the page itself says.
 */
function listedInSitemap(page: string, outDir: string): boolean {
	const { pathname } = new URL(page);
	if (/\/404\/?$/.test(pathname) || pathname.startsWith(ADMIN_PATH)) return false;
	const canonical = canonicalOf(join(outDir, pathname, 'index.html'));
	return canonical === undefined || new URL(canonical).pathname === pathname;
}

function canonicalOf(file: string): string | undefined {
	let descriptor: number;
	try {
		descriptor = openSync(file, 'r');
	} catch {
		return undefined;
	}
	try {
		const head = Buffer.alloc(HEAD_BYTES);
		const length = readSync(descriptor, head, 0, HEAD_BYTES, 0);
		return /<link rel="canonical" href="([^"]+)"/.exec(head.toString('utf8', 0, length))?.[1];
	} finally {
		closeSync(descriptor);
	}
}
