import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { ADMIN_PATH } from '../../src/site/links/site-paths.ts';
import { describe, expect, it } from 'vitest';
import { builtClaimsJson, builtPages, DIST, elements } from '../support/built-site.ts';
import { parse } from 'csv-parse/sync';
import { CLAIMS_CSV_HEADER } from '../support/published-contracts.ts';

const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

const claimsJson = builtClaimsJson();
const jsonSchema = JSON.parse(read('schema/claims.schema.json')) as Record<string, unknown>;
const site = new URL(claimsJson.claims[0]!.url).origin;

// Fully strict; ajv knows no "uri" format without ajv-formats, so it is given one: an absolute URL.
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(jsonSchema);

/** The `<loc>` URLs of an XML sitemap or sitemap index in dist/. */
function locations(file: string): string[] {
	return elements(parseDocument(read(file), { xmlMode: true }))
		.filter((element) => element.name === 'loc')
		.map((loc) =>
			loc.children
				.filter(isText)
				.map((text) => text.data)
				.join('')
				.trim()
		);
}

describe('the built JSON Schema of claims.json', () => {
	it('is draft 2020-12, with its own absolute URL as $id, and a title', () => {
		expect(jsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(jsonSchema['$id']).toBe(`${site}/schema/claims.schema.json`);
		expect(jsonSchema['title']).toEqual(expect.any(String));
	});

	it('is pretty-printed with a trailing newline', () => {
		expect(read('schema/claims.schema.json')).toBe(`${JSON.stringify(jsonSchema, null, '\t')}\n`);
	});

	it('validates the built claims.json', () => {
		expect(validate(claimsJson), ajv.errorsText(validate.errors)).toBe(true);
	});

	it('validates the built claims.v1.json against its own published schema', () => {
		const v1Schema = JSON.parse(read('schema/claims.v1.schema.json')) as Record<string, unknown>;
		expect(v1Schema['$id']).toBe(`${site}/schema/claims.v1.schema.json`);
		const validateV1 = ajv.compile(v1Schema);
		expect(validateV1(JSON.parse(read('claims.v1.json'))), ajv.errorsText(validateV1.errors)).toBe(
			true
		);
	});

	it('rejects a copy of claims.json with a status of "maybe"', () => {
		const broken = structuredClone(claimsJson);
		(broken.claims[0] as { status: string }).status = 'maybe';
		expect(validate(broken)).toBe(false);
		expect(validate.errors?.map((error) => error.instancePath)).toContain('/claims/0/status');
	});

	it('rejects a copy of claims.json with a claim missing its statement', () => {
		const broken = structuredClone(claimsJson) as { claims: Array<Partial<{ statement: string }>> };
		delete broken.claims[0]!.statement;
		expect(validate(broken)).toBe(false);
		expect(validate.errors?.map((error) => error.params)).toContainEqual({
			missingProperty: 'statement',
		});
	});
});

describe('the built claims.csv', () => {
	const text = read('claims.csv');
	const [header, ...rows]: string[][] = parse(text, { record_delimiter: '\r\n' });

	it('parses as RFC 4180 with the published header', () => {
		expect(header).toEqual(CLAIMS_CSV_HEADER);
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
	});

	it('has one row per claim in claims.json, same ids, same order', () => {
		expect(rows.map(([id]) => id)).toEqual(claimsJson.claims.map((claim) => claim.id));
		for (const row of rows) expect(row).toHaveLength(header!.length);
	});

	it('carries each claim’s URL and status as claims.json does', () => {
		const byId = new Map(claimsJson.claims.map((claim) => [claim.id, claim]));
		for (const [id, url, , , , , , , status] of rows) {
			expect([url, status]).toEqual([byId.get(id!)?.url, byId.get(id!)?.status ?? '']);
		}
	});
});

describe('robots.txt and the sitemap', () => {
	const sitemapIndex = `${site}/sitemap-index.xml`;
	const sitemapPages = locations('sitemap-index.xml').flatMap((sitemap) =>
		locations(new URL(sitemap).pathname.slice(1))
	);

	it('robots.txt allows everything but the admin and names the sitemap index', () => {
		const robots = read('robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect([...robots.matchAll(/^Disallow: *(\S+)/gm)].map((match) => match[1])).toEqual([
			ADMIN_PATH,
		]);
		expect(robots).toMatch(new RegExp(`^Sitemap: ${sitemapIndex.replaceAll('.', '\\.')}$`, 'm'));
	});

	it('lists every claim page', () => {
		const missing = claimsJson.claims
			.map((claim) => claim.url)
			.filter((url) => !sitemapPages.includes(url));
		expect(sitemapPages.length).toBeGreaterThan(0);
		expect(missing).toEqual([]);
	});

	it('lists no 404 page', () => {
		expect(sitemapPages.filter((url) => /\/404(\.html|\/)?$/.test(new URL(url).pathname))).toEqual(
			[]
		);
	});

	it('lists only pages that were built', () => {
		const built = new Set(builtPages().map((page) => `${site}${page.path}`));
		expect(sitemapPages.filter((url) => !built.has(url))).toEqual([]);
	});
});
