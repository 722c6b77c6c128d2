import { describe, expect, it } from 'vitest';
import { buildClaimsJson } from '../../../src/site/export/claims-json.ts';
import { buildClaimsJsonV2 } from '../../../src/site/export/claims-json-v2.ts';
import { CLAIMS_JSON_SCHEMA_VERSION } from '../../../src/core/schemas/claims-json.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import {
	claimantRecord,
	claimRecord,
	measureRecord,
	sourceRecord,
	TEXT_HASH,
	placeRecord,
} from '../support/records.ts';
import {
	CLAIM_JSON_KEYS,
	FIGURE_JSON_KEYS,
	FIGURE_JSON_V2_KEYS,
} from '../../support/published-contracts.ts';

const SITE = 'https://claims.example.org';

const full = claimRecord('nis-1500-special-forces', {
	title: 'NIS: 1,500 special forces shipped to Vladivostok',
	statement:
		'The NIS said Russian navy ships transferred 1,500 North Korean special operation forces to Vladivostok.',
	claimant: 'nis',
	claimed: '2024-10-18',
	event: '2024-10-08/2024-10-13',
	figures: [
		{
			value: 1500,
			unit: 'special operation forces',
			qualifier: 'exact',
			measure: 'special-forces-shipped',
		},
		{ unit: 'strikes', qualifier: 'vague', min: 24, max: 99, measure: 'strikes', asOf: '2023-24' },
	],
	places: ['vladivostok'],
	topics: ['troop-numbers', 'deployment'],
	status: 'corroborated',
	reviewed: '2026-11-29',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'First recorded.', source: 'guardian' },
		{ date: '2024-10-25', status: 'corroborated', note: 'Independent imagery.' },
	],
	evidence: [
		{
			date: '2024-10-28',
			source: 'reuters',
			bearing: 'supports',
			note: 'A later count agreed.',
		},
	],
	sources: [
		{
			source: 'guardian',
			quote: 'Russian navy ships transferred 1,500 North Korean special operation forces',
			sourceVersion: TEXT_HASH,
		},
		{ source: 'reuters', quote: 'Another quote.' },
	],
	related: [{ type: 'contradicts', claim: 'kremlin-denies' }],
});
const bare = claimRecord('kremlin-denies', {
	claimant: 'kremlin',
	claimed: '2024-10-07/2024-10-11',
	status: 'disputed',
});
const draft = claimRecord('a-draft', { draft: true });
const opinion = claimRecord('sybiha-demands-reaction', {
	kind: 'opinion',
	claimant: 'nis',
	whyNotRated: 'A demand for action, not a statement that can be checked.',
});

const index = buildSiteIndex(
	[full, bare, draft, opinion],
	[
		claimantRecord('nis', { name: 'National Intelligence Service (South Korea)' }),
		claimantRecord('kremlin', { name: 'Kremlin', kind: 'government' }),
	],
	[
		sourceRecord('guardian', { url: '' }),
		sourceRecord('reuters', { url: 'https://www.reuters.com/world/article' }),
	],
	[
		placeRecord('vladivostok', {
			names: { en: 'Vladivostok', uk: 'Владивосток', ru: 'Владивосток', ko: '블라디보스토크' },
		}),
	],
	[
		measureRecord('special-forces-shipped', { kind: 'flow' }),
		measureRecord('strikes', { kind: 'flow' }),
	]
);
const document = buildClaimsJson(index, SITE);

function exported(id: string) {
	const claim = document.claims.find((entry) => entry.id === id);
	if (!claim) throw new Error(`${id} is not in claims.json`);
	return claim;
}

describe('buildClaimsJson', () => {
	it('carries the schema version', () => {
		expect(CLAIMS_JSON_SCHEMA_VERSION).toBe(3);
		expect(Object.keys(document)).toEqual(['schemaVersion', 'claims']);
		expect(document.schemaVersion).toBe(3);
	});

	it('lists published claims only, sorted by id', () => {
		expect(document.claims.map((claim) => claim.id)).toEqual([
			'kremlin-denies',
			'nis-1500-special-forces',
			'sybiha-demands-reaction',
		]);
	});

	it('gives each claim exactly the contract keys, in order', () => {
		for (const claim of document.claims) {
			expect(Object.keys(claim)).toEqual(CLAIM_JSON_KEYS);
		}
	});

	it('exports a full claim field by field', () => {
		expect(exported('nis-1500-special-forces')).toEqual({
			id: 'nis-1500-special-forces',
			url: 'https://claims.example.org/claims/nis-1500-special-forces/',
			title: 'NIS: 1,500 special forces shipped to Vladivostok',
			statement:
				'The NIS said Russian navy ships transferred 1,500 North Korean special operation forces to Vladivostok.',
			kind: 'fact',
			claimant: { id: 'nis', name: 'National Intelligence Service (South Korea)' },
			claimed: '2024-10-18',
			event: '2024-10-08/2024-10-13',
			figures: [
				{
					value: 1500,
					unit: 'special operation forces',
					qualifier: 'exact',
					measure: 'special-forces-shipped',
					asOf: '2024-10-08/2024-10-13',
				},
				{
					value: null,
					unit: 'strikes',
					qualifier: 'vague',
					min: 24,
					max: 99,
					measure: 'strikes',
					asOf: '2023-24',
				},
			],
			places: ['Vladivostok'],
			topics: ['troop-numbers', 'deployment'],
			status: 'corroborated',
			statusSince: '2024-10-25',
			whyNotRated: null,
			reviewed: '2026-11-29',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'First recorded.', source: 'guardian' },
				{ date: '2024-10-25', status: 'corroborated', note: 'Independent imagery.' },
			],
			evidence: [
				{
					date: '2024-10-28',
					source: 'reuters',
					bearing: 'supports',
					note: 'A later count agreed.',
				},
			],
			sources: [
				{
					id: 'guardian',
					url: null,
					quote: 'Russian navy ships transferred 1,500 North Korean special operation forces',
				},
				{ id: 'reuters', url: 'https://www.reuters.com/world/article', quote: 'Another quote.' },
			],
			related: [{ type: 'contradicts', claim: 'kremlin-denies' }],
		});
	});

	it('gives an opinion no status, no history and the reason it is not rated', () => {
		const claim = exported('sybiha-demands-reaction');
		expect(claim.kind).toBe('opinion');
		expect([claim.status, claim.statusSince, claim.statusHistory]).toEqual([null, null, []]);
		expect(claim.whyNotRated).toBe('A demand for action, not a statement that can be checked.');
	});

	it('dates the status to its last change, not to later evidence', () => {
		const claim = exported('nis-1500-special-forces');
		expect(claim.statusSince).toBe('2024-10-25');
		expect(claim.evidence.at(-1)!.date).toBe('2024-10-28');
	});

	it('sets event to null when the claim has none', () => {
		expect(exported('kremlin-denies').event).toBeNull();
	});

	it('exports empty arrays for the defaults of a bare claim', () => {
		const claim = exported('kremlin-denies');
		expect([claim.figures, claim.places, claim.topics, claim.related]).toEqual([[], [], [], []]);
	});

	it('includes figure min and max only when they are set, and always the measure and the date it holds', () => {
		const [exact, vague] = exported('nis-1500-special-forces').figures;
		const without = (keys: string[]) => keys.filter((key) => key !== 'min' && key !== 'max');
		expect(Object.keys(exact!)).toEqual(without(FIGURE_JSON_KEYS));
		expect(Object.keys(vague!)).toEqual(FIGURE_JSON_KEYS);
	});

	it('keeps version 2 for existing consumers: the same claims, each figure without its measure and date', () => {
		const v2 = buildClaimsJsonV2(index, SITE);
		expect(v2.schemaVersion).toBe(2);
		expect(v2.claims.map((claim) => claim.id)).toEqual(document.claims.map((claim) => claim.id));
		for (const claim of v2.claims) expect(Object.keys(claim)).toEqual(CLAIM_JSON_KEYS);
		const [exact, vague] = v2.claims.find(
			(claim) => claim.id === 'nis-1500-special-forces'
		)!.figures;
		expect(Object.keys(exact!)).toEqual(['value', 'unit', 'qualifier']);
		expect(Object.keys(vague!)).toEqual(FIGURE_JSON_V2_KEYS);
	});

	it('includes a status history source only when it is set', () => {
		const [first, second] = exported('nis-1500-special-forces').statusHistory;
		expect(Object.keys(first!)).toEqual(['date', 'status', 'note', 'source']);
		expect(Object.keys(second!)).toEqual(['date', 'status', 'note']);
	});

	it('gives a source url of null when the source url is empty', () => {
		expect(exported('nis-1500-special-forces').sources[0]).toEqual({
			id: 'guardian',
			url: null,
			quote: 'Russian navy ships transferred 1,500 North Korean special operation forces',
		});
	});

	it('leaves the source version out of the exported sources', () => {
		expect(Object.keys(exported('nis-1500-special-forces').sources[0]!)).toEqual([
			'id',
			'url',
			'quote',
		]);
	});

	it('leaves the draft flag out of the export', () => {
		expect(JSON.stringify(document)).not.toContain('draft');
	});

	it('names the claimant from the claimant record', () => {
		expect(exported('kremlin-denies').claimant).toEqual({ id: 'kremlin', name: 'Kremlin' });
	});

	it('survives a JSON round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(document))).toEqual(document);
	});
});
