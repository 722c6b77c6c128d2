import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validation/validate-content.ts';
import { builtClaimsJson, DIST } from '../support/built-site.ts';
import {
	CLAIM_JSON_KEYS,
	CLAIM_JSON_V1_KEYS,
	FIGURE_JSON_KEYS,
	FIGURE_JSON_V2_KEYS,
} from '../support/published-contracts.ts';

const { content } = validateContent('content');
const published = content.claims
	.filter((claim) => !claim.data.draft)
	.map((claim) => claim.id)
	.sort();
const claimsJson = builtClaimsJson();

describe('the built site', () => {
	it('has content to show', () => {
		expect(published.length).toBeGreaterThan(0);
	});

	it('has a page for every published claim', () => {
		const missing = published.filter((id) => !existsSync(join(DIST, 'claims', id, 'index.html')));
		expect(missing).toEqual([]);
	});

	it('has a page for every claimant and every source', () => {
		const pages = [
			...content.claimants
				.filter((claimant) => !claimant.data.draft)
				.map((claimant) => `claimants/${claimant.id}`),
			...content.sources.map((source) => `sources/${source.id}`),
		];
		expect(pages.filter((page) => !existsSync(join(DIST, page, 'index.html')))).toEqual([]);
	});

	it('lists exactly the published claims in claims.json', () => {
		expect(claimsJson.claims.map((claim) => claim.id)).toEqual(published);
	});

	it('gives every claims.json entry the fields of the contract, in order, and every figure its measure and date', () => {
		expect(claimsJson.schemaVersion).toBe(3);
		for (const claim of claimsJson.claims) expect(Object.keys(claim)).toEqual(CLAIM_JSON_KEYS);
		const figures = claimsJson.claims.flatMap((claim) => claim.figures);
		expect(figures.length).toBeGreaterThan(0);
		for (const figure of figures)
			expect(Object.keys(figure)).toEqual(
				FIGURE_JSON_KEYS.filter((key) => (key !== 'min' && key !== 'max') || key in figure)
			);
	});

	it('keeps version 2 at claims.v2.json: the same claims, figures without measure and date', () => {
		const v2 = JSON.parse(readFileSync(join(DIST, 'claims.v2.json'), 'utf8')) as {
			schemaVersion: number;
			claims: Array<{ id: string; figures: Array<Record<string, unknown>> }>;
		};
		expect(v2.schemaVersion).toBe(2);
		expect(v2.claims.map((claim) => claim.id)).toEqual(claimsJson.claims.map((claim) => claim.id));
		for (const figure of v2.claims.flatMap((claim) => claim.figures))
			expect(Object.keys(figure)).toEqual(
				FIGURE_JSON_V2_KEYS.filter((key) => (key !== 'min' && key !== 'max') || key in figure)
			);
	});

	it('keeps the first published shape at claims.v1.json: version 1, its fields, facts and predictions only', () => {
		const v1 = JSON.parse(readFileSync(join(DIST, 'claims.v1.json'), 'utf8')) as {
			schemaVersion: number;
			claims: Array<{ id: string }>;
		};
		expect(v1.schemaVersion).toBe(1);
		for (const claim of v1.claims) expect(Object.keys(claim)).toEqual(CLAIM_JSON_V1_KEYS);
		expect(v1.claims.map((claim) => claim.id)).toEqual(
			claimsJson.claims.filter((claim) => claim.kind !== 'opinion').map((claim) => claim.id)
		);
	});

	it('states on the method page how many claims quote a report word for word, as claims.json counts them', () => {
		const quoted = claimsJson.claims.filter((claim) =>
			claim.sources.some((citation) => citation.quote !== null)
		).length;
		expect(quoted).toBeGreaterThan(0);
		const methodText = readFileSync(join(DIST, 'method', 'index.html'), 'utf8').replace(
			/\s+/g,
			' '
		);
		expect(methodText).toContain(
			`Today ${quoted} claims quote a report word for word; the other ${claimsJson.claims.length - quoted} rest on reports`
		);
	});
});
