import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildClaimsJson } from '../../../src/site/export/claims-json.ts';
import { buildClaimsJsonV1 } from '../../../src/site/export/claims-json-v1.ts';
import { buildClaimsJsonV2 } from '../../../src/site/export/claims-json-v2.ts';
import {
	buildDataDocumentSchema,
	DATA_DOCUMENTS,
} from '../../../src/site/export/data-documents.ts';
import { buildMeasuresJson } from '../../../src/site/export/measures-json.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import {
	claimantRecord,
	claimRecord,
	figureOf,
	measureRecord,
	sourceRecord,
	placeRecord,
} from '../support/records.ts';
import {
	CLAIM_JSON_KEYS,
	CLAIM_JSON_V1_KEYS,
	MEASURE_JSON_KEYS,
	V1_VALUES,
	V2_VALUES,
} from '../../support/published-contracts.ts';

const SITE = 'https://claims.example.org';

const index = buildSiteIndex(
	[
		claimRecord('nis-1500-special-forces', {
			event: '2024-10-08/2024-10-13',
			figures: [
				figureOf('special-forces-shipped', 1500, { unit: 'special operation forces' }),
				figureOf('strikes', 0, {
					value: null,
					unit: 'strikes',
					qualifier: 'vague',
					min: 24,
					max: 99,
				}),
				figureOf('troops', 12000, { qualifier: 'nearly' }),
				figureOf('troops', 3000, { qualifier: 'at-least', asOf: '2024-10' }),
			],
			places: ['vladivostok'],
			topics: ['troop-numbers'],
			status: 'corroborated',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'First recorded.', source: 'guardian' },
				{ date: '2024-10', status: 'corroborated', note: 'Independent imagery.' },
			],
			evidence: [
				{ date: '2024-11', source: 'reuters', bearing: 'context', note: 'A later report.' },
			],
			sources: [
				{ source: 'guardian', quote: 'A quoted sentence.' },
				{ source: 'reuters', quote: 'Another quote.' },
			],
			related: [
				{ type: 'contradicts', claim: 'kremlin-denies' },
				{ type: 'relates-to', claim: 'sybiha-demands-reaction' },
			],
		}),
		claimRecord('kremlin-denies', { claimant: 'kremlin', claimed: '/2024-10-18' }),
		claimRecord('rutte-cannot-yet-confirm', {
			claimant: 'kremlin',
			status: 'outdated',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
				{ date: '2024-10-28', status: 'outdated', note: 'Overtaken.', source: 'reuters' },
			],
		}),
		claimRecord('sybiha-demands-reaction', { kind: 'opinion' }),
	],
	[claimantRecord('nis'), claimantRecord('kremlin')],
	[sourceRecord('guardian', { url: '' }), sourceRecord('reuters')],
	[
		placeRecord('vladivostok', {
			names: { en: 'Vladivostok', uk: 'Владивосток', ru: 'Владивосток', ko: '블라디보스토크' },
		}),
	],
	[
		measureRecord('troops', {
			scope: { who: 'North Korean military personnel', place: 'vladivostok' },
		}),
		measureRecord('special-forces-shipped', { kind: 'flow', partOf: ['troops'] }),
		measureRecord('strikes', { quantity: 'strikes', kind: 'flow', charted: false }),
	]
);

// "uri" is no JSON Schema 2020-12 built-in ajv knows without ajv-formats; an absolute URL is what it means here.
function compile(schema: Record<string, unknown>) {
	const ajv = new Ajv2020({ strict: true, allErrors: true });
	ajv.addFormat('uri', (value: string) => URL.canParse(value));
	return ajv.compile(schema);
}

const VERSIONS = [
	{
		name: 'claims.json',
		version: 'claims',
		document: buildClaimsJson(index, SITE),
		keys: CLAIM_JSON_KEYS,
		schemaUrl: 'https://claims.example.org/schema/claims.schema.json',
	},
	{
		name: 'claims.v2.json',
		version: 'claims.v2',
		document: buildClaimsJsonV2(index, SITE),
		keys: CLAIM_JSON_KEYS,
		schemaUrl: 'https://claims.example.org/schema/claims.v2.schema.json',
	},
	{
		name: 'claims.v1.json',
		version: 'claims.v1',
		document: buildClaimsJsonV1(index, SITE),
		keys: CLAIM_JSON_V1_KEYS,
		schemaUrl: 'https://claims.example.org/schema/claims.v1.schema.json',
	},
] as const;

describe.each(VERSIONS)('$name and its schema', ({ version, document, keys, schemaUrl }) => {
	const zod = DATA_DOCUMENTS[version].schema;
	const jsonSchema = buildDataDocumentSchema(SITE, version);
	const validate = compile(jsonSchema);

	it('accepts what the site writes, unchanged', () => {
		expect(zod.parse(document)).toEqual(document);
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
			expect(zod.safeParse({ ...document, claims: [claim] }).success).toBe(false);
		}
		// JSON Schema has no EDTF check, so the date is left to the zod schema.
		for (const claim of broken.slice(0, 3)) {
			expect(validate({ ...document, claims: [claim] })).toBe(false);
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

	it('is draft 2020-12, identified by its public URL, with a title', () => {
		expect(Object.keys(jsonSchema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
		expect(jsonSchema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(jsonSchema['$id']).toBe(schemaUrl);
		expect(jsonSchema['title']).toEqual(expect.any(String));
	});

	it('lists the claim fields in the contract order, all required', () => {
		const claim = (jsonSchema as { properties: { claims: { items: Record<string, unknown> } } })
			.properties.claims.items;
		expect(Object.keys(claim['properties'] as object)).toEqual(keys);
		expect(claim['required']).toEqual(keys);
		expect(claim['additionalProperties']).toBe(false);
	});

	it('compiles in ajv strict mode and accepts the document', () => {
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('gives each claim exactly the contract keys, in order', () => {
		for (const claim of document.claims) expect(Object.keys(claim)).toEqual(keys);
	});
});

describe('claims.v1.json for existing consumers', () => {
	const v1 = buildClaimsJsonV1(index, SITE);
	const claim = (id: string) => v1.claims.find((entry) => entry.id === id);

	it('keeps version 1 and leaves out opinions, which it cannot express, and relations to them', () => {
		expect(v1.schemaVersion).toBe(1);
		expect(v1.claims.map((entry) => entry.id)).toEqual([
			'kremlin-denies',
			'nis-1500-special-forces',
			'rutte-cannot-yet-confirm',
		]);
		expect(claim('nis-1500-special-forces')!.related).toEqual([
			{ type: 'contradicts', claim: 'kremlin-denies' },
		]);
	});

	it('uses only the statuses and qualifiers version 1 was published with', () => {
		const statuses = v1.claims.flatMap((entry) => [
			entry.status,
			...entry.statusHistory.map((change) => change.status),
		]);
		const qualifiers = v1.claims.flatMap((entry) =>
			entry.figures.map((figure) => figure.qualifier)
		);
		expect(statuses.filter((status) => !V1_VALUES.statuses.includes(status))).toEqual([]);
		expect(qualifiers.filter((qualifier) => !V1_VALUES.qualifiers.includes(qualifier))).toEqual([]);
	});

	it('maps an outdated claim to withdrawn and “nearly” and “at least” to about and more than', () => {
		expect(claim('rutte-cannot-yet-confirm')!.status).toBe('withdrawn');
		expect(claim('nis-1500-special-forces')!.figures.map((figure) => figure.qualifier)).toEqual([
			'exact',
			'vague',
			'about',
			'more-than',
		]);
	});
});

describe('the published lists of claims.v2.json', () => {
	it('stay the ones version 2 was published with (freeze them in claims-json-v2.ts before a list changes)', () => {
		const claim = (
			buildDataDocumentSchema(SITE, 'claims.v2') as {
				properties: { claims: { items: { properties: Record<string, Record<string, unknown>> } } };
			}
		).properties.claims.items.properties;
		const figure = (
			claim['figures']!['items'] as { properties: Record<string, { enum?: string[] }> }
		).properties;
		expect({
			statuses: (claim['status']!['anyOf'] as Array<{ enum?: string[] }>).find((part) => part.enum)
				?.enum,
			kinds: claim['kind']!['enum'],
			qualifiers: figure['qualifier']!.enum,
		}).toEqual(V2_VALUES);
	});
});

describe('measures.json and its schema', () => {
	const document = buildMeasuresJson(index, SITE);
	const validate = compile(buildDataDocumentSchema(SITE, 'measures'));

	it('describes every measure, sorted by id, with the contract keys, and validates', () => {
		expect(document.schemaVersion).toBe(1);
		expect(document.measures.map((measure) => measure.id)).toEqual([
			'special-forces-shipped',
			'strikes',
			'troops',
		]);
		for (const measure of document.measures)
			expect(Object.keys(measure)).toEqual(MEASURE_JSON_KEYS);
		expect(DATA_DOCUMENTS.measures.schema.parse(document)).toEqual(document);
		expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
	});

	it('says what each counts, where, what it is part of, and how many figures count it', () => {
		const troops = document.measures.find((measure) => measure.id === 'troops')!;
		expect(troops).toMatchObject({
			url: 'https://claims.example.org/figures/troops/',
			kind: 'stock',
			scope: { who: 'North Korean military personnel', place: 'Vladivostok' },
			partOf: [],
			charted: true,
			estimates: 2,
		});
		expect(
			document.measures.find((measure) => measure.id === 'special-forces-shipped')!.partOf
		).toEqual(['troops']);
	});

	it('names in claims.json only measures that measures.json describes', () => {
		const described = new Set(document.measures.map((measure) => measure.id));
		const named = buildClaimsJson(index, SITE).claims.flatMap((claim) =>
			claim.figures.map((figure) => figure.measure)
		);
		expect(named.length).toBeGreaterThan(0);
		expect(named.filter((measure) => !described.has(measure))).toEqual([]);
	});
});
