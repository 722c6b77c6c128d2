import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { builtClaimsJson, DIST } from '../support/built-site.ts';
import { CLAIM_JSON_KEYS } from '../support/published-contracts.ts';

const { content } = validateContent('content');
const published = content.claims.filter((claim) => !claim.data.draft).map((claim) => claim.id).sort();
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
		const pages = [...content.claimants.filter((claimant) => !claimant.data.draft).map((claimant) => `claimants/${claimant.id}`), ...content.sources.map((source) => `sources/${source.id}`)];
		expect(pages.filter((page) => !existsSync(join(DIST, page, 'index.html')))).toEqual([]);
	});

	it('lists exactly the published claims in claims.json', () => {
		expect(claimsJson.claims.map((claim) => claim.id)).toEqual(published);
	});

	it('gives every claims.json entry the fields of the contract, in order', () => {
		expect(claimsJson.schemaVersion).toBe(1);
		for (const claim of claimsJson.claims) expect(Object.keys(claim)).toEqual(CLAIM_JSON_KEYS);
	});

	it('keeps drafts out of the site', () => {
		const drafts = content.claims.filter((claim) => claim.data.draft).map((claim) => claim.id);
		expect(drafts.filter((id) => existsSync(join(DIST, 'claims', id)))).toEqual([]);
	});
});
