import { SEARCH_PAGE_PATH } from '../../src/lib/search/search-paths.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/lib/security/content-security-policy.ts';
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
const headerPolicy = /Content-Security-Policy: (.*)/.exec(headersFile)?.[1] ?? '';

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
		expect(headersFile.split('\n')[0]).toBe('/*');
		expect(headersFile).toContain('X-Content-Type-Options: nosniff');
		expect(sources(headerPolicy, 'frame-ancestors')).toEqual(["'none'"]);
		expect(sources(headerPolicy, 'default-src')).toEqual(["'self'"]);
		const allowed = sources(headerPolicy, 'script-src');
		expect(allowed).not.toContain("'unsafe-inline'");
		for (const page of pages)
			for (const hash of inlineScriptHashes(page.file)) expect(allowed).toContain(hash);
	});
});
