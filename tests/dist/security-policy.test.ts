import { SEARCH_PAGE_PATH } from '../../src/site/links/site-paths.ts';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PATH } from '../../src/site/links/site-paths.ts';
import { HOST_FILES, metaPolicy } from '../../src/site/security/content-security-policy.ts';
import { builtPages, DIST, elements, parseHtml } from '../support/built-site.ts';

/** A policy's sources for one directive. */
function sources(policy: string, directive: string): string[] {
	const found = policy
		.split(';')
		.map((part) => part.trim().split(/\s+/))
		.find(([name]) => name === directive);
	return found ? found.slice(1) : [];
}

/** The CSP hash of each inline script a page would run (JSON-LD is data, never run). */
function inlineScriptHashes(file: string): string[] {
	return elements(parseHtml(file))
		.filter(
			(element) =>
				element.name === 'script' &&
				element.attribs['src'] === undefined &&
				element.attribs['type'] !== 'application/ld+json'
		)
		.map((script) => {
			const source = script.children.map((child) => ('data' in child ? child.data : '')).join('');
			return `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
		});
}

const pages = builtPages();
const headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
/** The `_headers` blocks: a path pattern and the policy sent for it. */
const headerBlocks = headersFile
	.split('\n\n')
	.filter((block) => block.trim() !== '')
	.map((block) => ({
		pattern: block.split('\n')[0]!,
		policy: /Content-Security-Policy: (.*)/.exec(block)?.[1] ?? '',
	}));
const siteBlocks = headerBlocks.filter(({ pattern }) => !pattern.startsWith(ADMIN_PATH));
const headerPolicy = siteBlocks[0]?.policy ?? '';

describe('the Content-Security-Policy', () => {
	it.each(pages.map((page) => [page.path, page.file]))(
		'%s: its meta policy loads nothing from elsewhere and runs only its own hashed scripts',
		(path, file) => {
			const policy = metaPolicy(readFileSync(file, 'utf8'));
			expect(policy).toBeDefined();
			expect(sources(policy!, 'default-src')).toEqual(["'self'"]);
			expect(sources(policy!, 'object-src')).toEqual(["'none'"]);
			const scriptSources = sources(policy!, 'script-src');
			expect(scriptSources).not.toContain("'unsafe-inline'");
			expect(scriptSources).not.toContain("'unsafe-eval'");
			// Only the search page may compile WebAssembly (Pagefind's index reader); no page may eval script.
			const allowed = path === SEARCH_PAGE_PATH ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"];
			expect(scriptSources.filter((source) => !source.startsWith("'sha256-"))).toEqual(allowed);
			for (const hash of inlineScriptHashes(file)) expect(scriptSources).toContain(hash);
			expect(sources(policy!, 'style-src')).not.toContain("'unsafe-inline'");
		}
	);

	it('is sent as a header too, by _headers, for every path: every page’s scripts allowed, framing forbidden', () => {
		const covered = new Set(siteBlocks.map(({ pattern }) => pattern));
		for (const entry of readdirSync(DIST, { withFileTypes: true })) {
			if (HOST_FILES.includes(entry.name) || `/${entry.name}/` === ADMIN_PATH) continue;
			expect(covered).toContain(entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`);
		}
		expect(covered).toContain('/');
		// The scripts and styles every page loads get the same headers (nosniff above all).
		expect(covered).toContain('/_astro/*');
		// One policy for the whole site, never the admin's, which may reach the GitHub API.
		expect(new Set(siteBlocks.map(({ policy }) => policy)).size).toBe(1);
		expect(headerPolicy).not.toContain('api.github.com');
		expect(headersFile).toContain('X-Content-Type-Options: nosniff');
		expect(sources(headerPolicy, 'frame-ancestors')).toEqual(["'none'"]);
		expect(sources(headerPolicy, 'default-src')).toEqual(["'self'"]);
		const allowed = sources(headerPolicy, 'script-src');
		expect(allowed).not.toContain("'unsafe-inline'");
		for (const page of pages)
			for (const hash of inlineScriptHashes(page.file)) expect(allowed).toContain(hash);
	});
});
