import { describe, expect, it } from 'vitest';
import { FILE_COMMENT_FIELD } from '../../../src/tools/admin/file-comment-field.ts';
import { newClaimIdProblem } from '../../../src/tools/admin/new-claim-id.ts';
import { retiredClaimIds } from '../../../src/tools/admin/retired-ids.ts';
import { adminBackend } from '../../../src/tools/admin/admin-setup.ts';
import { cmsCollections, cmsConfig, type CmsField } from '../../../src/tools/admin/cms-config.ts';
import { sveltiaBundle } from '../../../src/tools/admin/sveltia-assets.ts';
import { COLLECTION_NAMES, hasBody } from '../../../src/core/collections.ts';
import { STATUSES } from '../../../src/core/statuses/statuses.ts';
import { objectFields, type Field } from '../../../src/core/schema-fields/field-tree.ts';
import { COLLECTION_SCHEMAS } from '../../../src/core/schemas/collections.ts';
import { OPINION_FIELDS, RATED_FIELDS } from '../../../src/core/schemas/claim.ts';

const collections = cmsCollections();
const formsOf = (collection: string) =>
	collections.filter((form) => form.folder === `content/${collection}`);

/** Every field path of a form (`statusHistory.source`), and of a schema, to compare the two. */
function formPaths(fields: readonly CmsField[], prefix = ''): string[] {
	return fields.flatMap((field) => {
		const path = `${prefix}${field.name}`;
		const nested = field['fields'] as CmsField[] | undefined;
		return nested ? [path, ...formPaths(nested, `${path}.`)] : [path];
	});
}

function schemaPaths(fields: readonly Field[], prefix = ''): string[] {
	return fields.flatMap((field) => {
		const path = `${prefix}${field.name}`;
		const node = field.node.type === 'array' ? field.node.item : field.node;
		return node.type === 'object' ? [path, ...schemaPaths(node.fields, `${path}.`)] : [path];
	});
}

function formField(form: { fields: CmsField[] }, path: string): CmsField {
	let fields = form.fields;
	let found: CmsField | undefined;
	for (const name of path.split('.')) {
		found = fields.find((field) => field.name === name);
		if (!found) throw new Error(`no form field ${path}`);
		fields = (found['fields'] as CmsField[] | undefined) ?? [];
	}
	return found!;
}

describe('the admin forms, generated from the content schemas', () => {
	/** Fields each form over a collection leaves out on purpose: an opinion's rating fields, a rated claim's reason. */
	const leftOut: Record<string, readonly string[]> = {
		claims: OPINION_FIELDS,
		opinions: RATED_FIELDS,
	};

	it.each(collections.map((form) => [form.name, form] as const))(
		'%s: every schema field has a form field and every form field a schema field',
		(name, form) => {
			const collection = COLLECTION_NAMES.find(
				(candidate) => form.folder === `content/${candidate}`
			)!;
			// The file-comment field carries the file's opening comment, which is no part of the record.
			const fromForm = formPaths(form.fields).filter((path) => path !== FILE_COMMENT_FIELD);
			const fromSchema = [
				...schemaPaths(objectFields(COLLECTION_SCHEMAS[collection])),
				...(hasBody(collection) ? ['body'] : []),
			].filter((path) => !(leftOut[name] ?? []).includes(path.split('.')[0]!));
			expect(fromSchema.length).toBeGreaterThan(3);
			expect([...fromForm].sort()).toEqual([...fromSchema].sort());
		}
	);

	it('covers each collection with at least one form', () => {
		for (const collection of COLLECTION_NAMES)
			expect(formsOf(collection).length).toBeGreaterThan(0);
	});

	it('shows each field’s schema description as its help, and requires what the schema requires', () => {
		const [claims] = formsOf('claimants');
		for (const field of objectFields(COLLECTION_SCHEMAS.claimants)) {
			const form = formField(claims!, field.name);
			expect(form.hint).toBe(field.description);
			expect(form.required).toBe(field.required);
		}
		const [sources] = formsOf('sources');
		expect(formField(sources!, 'textHash').required).toBe(true);
		expect(formField(sources!, 'originalOutlet').required).toBe(false);
	});

	it('splits claims by kind: a rated form with the status scale, an opinion form without any status', () => {
		const [rated, opinions] = formsOf('claims');
		expect(formField(rated!, 'kind')['options']).toEqual(['fact', 'prediction']);
		expect(formField(rated!, 'status')['options']).toEqual([...STATUSES]);
		expect(formField(rated!, 'statusHistory.status')['options']).toEqual([...STATUSES]);
		for (const name of RATED_FIELDS) expect(formField(rated!, name).required).toBe(true);
		expect(formField(rated!, 'statusHistory')['min']).toBe(1);
		expect(formPaths(rated!.fields)).not.toContain('whyNotRated');
		expect(formField(opinions!, 'kind')['options']).toEqual(['opinion']);
		for (const name of OPINION_FIELDS) expect(formField(opinions!, name).required).toBe(true);
		for (const name of RATED_FIELDS) expect(formPaths(opinions!.fields)).not.toContain(name);
		expect(rated!.filter).toEqual({ field: 'kind', value: ['fact', 'prediction'] });
		expect(opinions!.filter).toEqual({ field: 'kind', value: ['opinion'] });
	});

	it('picks claimants, sources, places and related claims from their collections, by id', () => {
		const [rated] = formsOf('claims');
		const relations = Object.fromEntries(
			[
				'claimant',
				'places',
				'statusHistory.source',
				'evidence.source',
				'sources.source',
				'related.claim',
			].map((path) => [path, formField(rated!, path)])
		);
		for (const field of Object.values(relations)) {
			expect(field.widget).toBe('relation');
			expect(field['value_field']).toBe('{{slug}}');
			// Typing what a picker shows filters its list: a source is shown, and found, by its id.
			expect(field['search_fields']).toEqual(
				expect.arrayContaining(field['display_fields'] as string[])
			);
		}
		expect(relations['evidence.source']!['display_fields']).toEqual(['{{slug}}']);
		expect(relations['claimant']!['collection']).toBe('claimants');
		expect(relations['places']!['collection']).toBe('places');
		expect(relations['places']!['multiple']).toBe(true);
		expect(relations['statusHistory.source']!['collection']).toBe('sources');
		expect(relations['related.claim']!['collection']).toBe('claims');
		const [places] = formsOf('places');
		expect(formField(places!, 'location.within')['collection']).toBe('places');
	});

	it('keeps dates as text boxes checked for EDTF, never date pickers that would write timestamps', () => {
		const [rated] = formsOf('claims');
		for (const path of ['claimed', 'event', 'reviewed', 'statusHistory.date', 'evidence.date']) {
			const field = formField(rated!, path);
			expect(field.widget).toBe('string');
			const [pattern] = field['pattern'] as [string, string];
			const edtf = new RegExp(pattern);
			for (const date of [
				'2024-10-18',
				'2024-10',
				'2024',
				'2024-10-08/2024-10-13',
				'2025-02~',
				'2024-10/..',
				'../2024-10',
				'/2024-10',
				'2023-24',
			])
				expect(edtf.test(date), date).toBe(true);
			for (const typo of ['18/10/2024', '2024-1-8', 'October 2024'])
				expect(edtf.test(typo), typo).toBe(false);
		}
	});
});

describe('cmsConfig', () => {
	it('turns off the third-party add-ons: stock photos, translation (no i18n), OAuth sign-in servers', () => {
		const config = cmsConfig(
			{ repo: 'newsroom/claims', branch: 'edits' },
			'https://claims.example.org/'
		);
		expect(config['media_libraries']).toEqual({ stock_assets: false });
		expect(config).not.toHaveProperty('i18n');
		expect(config['backend']).toMatchObject({
			name: 'github',
			repo: 'newsroom/claims',
			branch: 'edits',
			auth_methods: ['token'],
		});
	});
});

describe('a new claim’s id', () => {
	it('may not take an id the ledger shows was published for a claim that has since been renamed', () => {
		const retired = retiredClaimIds('content');
		expect(retired).toContain('nis-troops-given-russian-uniforms-and-weapons');
		expect(retired).not.toContain('nis-troops-given-russian-uniforms');
		expect(newClaimIdProblem('nis-troops-given-russian-uniforms-and-weapons', retired)).toMatch(
			/once belonged to another claim/
		);
		expect(newClaimIdProblem('nis-about-1-500-more-troops-arrive', retired)).toBeUndefined();
	});

	it('must be lowercase words joined by single hyphens', () => {
		for (const id of ['nis_troops', 'nis~troops', 'nis-troops-', 'NIS'])
			expect(newClaimIdProblem(id, [])).toMatch(/not lowercase words/);
	});
});

describe('adminBackend', () => {
	it('reads the repository from CMS_GITHUB_REPO, else from GitHub Actions, else none', () => {
		expect(adminBackend({ CMS_GITHUB_REPO: 'newsroom/claims' })).toEqual({
			repo: 'newsroom/claims',
			branch: 'main',
		});
		expect(adminBackend({ GITHUB_REPOSITORY: 'a/b', CMS_GITHUB_BRANCH: 'edits' })).toEqual({
			repo: 'a/b',
			branch: 'edits',
		});
		expect(adminBackend({})).toBeUndefined();
		expect(() => adminBackend({ CMS_GITHUB_REPO: 'https://github.com/a/b' })).toThrow(
			/CMS_GITHUB_REPO .* owner\/name/
		);
	});
});

describe('sveltiaBundle', () => {
	it('asks no CDN, package registry or status page: fonts and checks are answered by the site', () => {
		const bundle = sveltiaBundle();
		expect(bundle).not.toContain('cdn.jsdelivr.net');
		expect(bundle).not.toContain('unpkg.com');
		expect(bundle).not.toContain('githubstatus.com/api');
		expect(bundle).toContain('/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2');
	});
});
