import { describe, expect, it } from 'vitest';
import {
	formatHeadersFile,
	sitePathPatterns,
	metaPolicy,
	unionOfPolicies,
} from '../../../src/site/security/content-security-policy.ts';

describe('metaPolicy', () => {
	it('reads the policy of a page’s CSP meta tag, unescaping its quotes', () => {
		const html =
			'<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;sha256-abc=&#39;"></head>';
		expect(metaPolicy(html)).toBe("default-src 'self'; script-src 'sha256-abc='");
	});

	it('is undefined for a page without one', () => {
		expect(metaPolicy('<head><title>x</title></head>')).toBeUndefined();
	});
});

describe('unionOfPolicies', () => {
	it('allows what any of the policies allows, directive by directive, in a stable order', () => {
		expect(
			unionOfPolicies([
				"default-src 'self'; script-src 'self' 'sha256-b='",
				"default-src 'self';script-src 'self' 'sha256-a='; style-src 'self'",
			])
		).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'");
	});
});

describe('formatHeadersFile', () => {
	it('sends each rule’s policy for each of its paths, forbids framing, and adds the headers every static site should send', () => {
		expect(
			formatHeadersFile([
				{ paths: ['/', '/claims/*'], policy: "default-src 'self'" },
				{ paths: ['/admin/*'], policy: 'connect-src https://api.github.com' },
			])
		).toBe(
			[
				'/',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: strict-origin-when-cross-origin',
				'',
				'/claims/*',
				"  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: strict-origin-when-cross-origin',
				'',
				'/admin/*',
				"  Content-Security-Policy: connect-src https://api.github.com; frame-ancestors 'none'",
				'  X-Content-Type-Options: nosniff',
				'  Referrer-Policy: strict-origin-when-cross-origin',
				'',
			].join('\n')
		);
	});
});

describe('sitePathPatterns', () => {
	it('covers the home page, each folder and each file, but not the host’s own files', () => {
		expect(
			sitePathPatterns([
				{ name: 'index.html', isDirectory: false },
				{ name: 'claims', isDirectory: true },
				{ name: 'feed.xml', isDirectory: false },
				{ name: '_astro', isDirectory: true },
				{ name: '_headers', isDirectory: false },
				{ name: '_redirects', isDirectory: false },
			])
		).toEqual(['/', '/_astro/*', '/claims/*', '/feed.xml', '/index.html']);
	});
});
