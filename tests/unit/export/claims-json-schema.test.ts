import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildClaimsJson } from '../../../src/lib/export/claims-json.ts';
import { buildClaimsJsonSchema } from '../../../src/lib/export/claims-json-schema.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { ClaimsJsonSchema } from '../../../src/schemas/claims-json.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';
import { CLAIM_JSON_KEYS } from '../../support/published-contracts.ts';

const SITE = 'https://claims.example.org';

const index = buildSiteIndex(
	[
		claimRecord('nis-1500-special-forces', {
			event: '2024-10-08/2024-10-13',
			figures: [
				{ value: 1500, unit: 'special operation forces', qualifier: 'exact' },
				{ unit: 'strikes', qualifier: 'vague', min: 24, max: 99 },
			],
			places: ['Vladivostok'],
			topics: ['troop-numbers'],
			status: 'corroborated',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'First recorded.', source: 'guardian' },
				{ date: '2024-10', status: 'corroborated', note: 'Independent imagery.' },
			],
			sources: [
				{ source: 'guardian', quote: 'A quoted sentence.' },
				{ source: 'reuters', quote: 'Another quote.' },
			],
			related: [{ type: 'contradicts', claim: 'kremlin-denies' }],
		}),
		claimRecord('kremlin-denies', { claimant: 'kremlin', claimed: '/2024-10-18' }),
	],
	[claimantRecord('nis'), claimantRecord('kremlin')],
	[sourceRecord('guardian', { url: '' }), sourceRecord('reuters')]
);
const document = buildClaimsJson(index, SITE);
const jsonSchema = buildClaimsJsonSchema(SITE);

// "uri" is no JSON Schema 2020-12 built-in ajv knows without ajv-formats; an absolute URL is what it means here.
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(jsonSchema);

describe('ClaimsJsonSchema', () => {
	it('accepts what buildClaimsJson writes, unchanged', () => {
		expect(ClaimsJsonSchema.parse(document)).toEqual(document);
	});

	it('rejects an unknown status, a missing statement, an extra field and a non-EDTF date', () => {
		const [first] = document.claims;
		const broken = [
			{ ...first, status: 'maybe' },
			Object.fromEntries(Object.entries(first!).filter(([key]) => key !== 'statement')),
			{ ...first, draft: false },
			{ ...first, claimed: '18/10/2024' },
		];
		for (const claim of broken) {
			expect(ClaimsJsonSchema.safeParse({ ...document, claims: [claim] }).success).toBe(false);
		}
	});

	it('gives every field a description', () => {
		const undescribed: string[] = [];
		const visit = (node: unknown, path: string) => {
			if (typeof node !== 'object' || node === null) return;
			const { properties, items } = node as { properties?: object; items?: unknown };
			for (const [key, child] of Object.entries(properties ?? {})) {
				if (!(child as { description?: string }).description) undescribed.push(`${path}.${key}`);
				visit(child, `${path}.${key}`);
			}
			visit(items, `${path}[]`);
		};
		visit(jsonSchema, '');
		expect(undescribed).toEqual([]);
	});
});

describe('buildClaimsJsonSchema', () => {
	it('is draft 2020-12, identified by its public URL, with a title', () => {
		expect(Object.keys(jsonSchema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
		expect(jsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(jsonSchema['$id']).toBe('https://claims.example.org/schema/claims.schema.json');
		expect(jsonSchema['title']).toEqual(expect.any(String));
	});

	it('lists the claim fields in the contract order, all required', () => {
		const claim = (jsonSchema as { properties: { claims: { items: Record<string, unknown> } } })
			.properties.claims.items;
		expect(Object.keys(claim['properties'] as object)).toEqual(CLAIM_JSON_KEYS);
		expect(claim['required']).toEqual(CLAIM_JSON_KEYS);
		expect(claim['additionalProperties']).toBe(false);
	});

	it('compiles in ajv strict mode and accepts the document', () => {
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('rejects an unknown status and a missing statement', () => {
		const [first] = document.claims;
		const { statement: _statement, ...withoutStatement } = first!;
		expect(validate({ ...document, claims: [{ ...first, status: 'maybe' }] })).toBe(false);
		expect(validate({ ...document, claims: [withoutStatement] })).toBe(false);
	});
});
