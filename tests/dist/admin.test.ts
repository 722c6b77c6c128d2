import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PATH } from '../../src/site/links/site-paths.ts';
import type { AdminSetup } from '../../src/tools/admin/admin-setup.ts';
import { metaPolicy } from '../../src/site/security/content-security-policy.ts';
import { allBuiltPages, DIST, elements, parseHtml } from '../support/built-site.ts';

const adminFolder = join(DIST, ADMIN_PATH);
const adminPage = join(adminFolder, 'index.html');
const html = readFileSync(adminPage, 'utf8');
const document = parseHtml(adminPage);

function directive(policy: string, name: string): string[] {
	return (
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.find(([directiveName]) => directiveName === name)
			?.slice(1) ?? []
	);
}

describe('the admin page in the built site', () => {
	it('is one page under /admin/, kept out of robots’ reach, the sitemap and search', () => {
		expect(
			allBuiltPages()
				.filter(({ path }) => path.startsWith(ADMIN_PATH))
				.map(({ path }) => path)
		).toEqual([ADMIN_PATH]);
		const robots = elements(document).find(
			(element) => element.name === 'meta' && element.attribs['name'] === 'robots'
		);
		expect(robots?.attribs['content']).toContain('noindex');
		const sitemaps = readdirSync(DIST).filter((name) => name.startsWith('sitemap-'));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const sitemap of sitemaps)
			expect(readFileSync(join(DIST, sitemap), 'utf8')).not.toContain(ADMIN_PATH);
		expect(html).not.toContain('data-pagefind-body');
	});

	it('may reach the GitHub API and nothing else off the site; runs only scripts from the site', () => {
		const policy = metaPolicy(html)!;
		expect(
			directive(policy, 'connect-src').filter((source) => source.startsWith('https:'))
		).toEqual(['https://api.github.com']);
		for (const name of ['default-src', 'font-src', 'img-src', 'frame-src'])
			expect(directive(policy, name).filter((source) => source.startsWith('http'))).toEqual([]);
		const scripts = directive(policy, 'script-src');
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		const sources = elements(document)
			.filter((element) => element.name === 'script' && element.attribs['src'])
			.map((element) => element.attribs['src']!);
		expect(sources.length).toBeGreaterThan(0);
		for (const source of sources) expect(source).toMatch(/^\/(?!\/)/);
	});

	it('serves Sveltia CMS, its fonts and its modules from the site, with no CDN address left in them', () => {
		const bundle = readFileSync(join(adminFolder, 'sveltia-cms.js'), 'utf8');
		expect(bundle.length).toBeGreaterThan(1_000_000);
		for (const host of ['cdn.jsdelivr.net', 'unpkg.com', 'githubstatus.com/api'])
			expect(bundle).not.toContain(host);
		const fonts = readdirSync(join(adminFolder, 'fonts'));
		expect(fonts).toHaveLength(3);
		for (const font of fonts) {
			expect(bundle).toContain(`${ADMIN_PATH}fonts/${font}`);
			expect(
				readFileSync(join(adminFolder, 'fonts', font))
					.subarray(0, 4)
					.toString()
			).toBe('wOF2');
		}
		expect(statSync(join(adminFolder, 'chunks', 'react-dom.js')).size).toBeGreaterThan(10_000);
		const status: unknown = JSON.parse(
			readFileSync(join(adminFolder, 'github-status.json'), 'utf8')
		);
		expect(status).toEqual({ status: { indicator: 'unknown' } });
	});

	it('embeds a configuration with every collection and a file layout for each', () => {
		const setupScript = elements(document).find(
			(element) => element.attribs['id'] === 'admin-setup'
		)!;
		const setup = JSON.parse(
			setupScript.children.map((child) => ('data' in child ? child.data : '')).join('')
		) as AdminSetup;
		const forms = setup.config['collections'] as Array<{ name: string; format: string }>;
		expect(forms.map((form) => form.name)).toEqual([
			'claims',
			'opinions',
			'claimants',
			'sources',
			'places',
			'measures',
			'events',
		]);
		for (const form of forms)
			expect(setup.formats.map((format) => format.name)).toContain(form.format);
		expect(setup.claimForms).toEqual(['claims', 'opinions']);
	});
});
