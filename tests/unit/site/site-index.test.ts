import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';

const claims = [
	claimRecord('older', { claimed: '2024-10-08/2024-10-13', claimant: 'nis' }),
	claimRecord('newer', {
		claimed: '2024-10-18',
		claimant: 'kremlin',
		sources: [{ source: 'reuters', quote: 'A quote.' }],
	}),
	claimRecord('draft-claim', { claimed: '2024-10-20', draft: true }),
	claimRecord('same-day-b', { claimed: '2024-10-15' }),
	claimRecord('same-day-a', { claimed: '2024-10-15' }),
];
const claimants = [
	claimantRecord('nis', { name: 'National Intelligence Service' }),
	claimantRecord('kremlin', { name: 'Kremlin' }),
];
const sources = [
	sourceRecord('guardian', { published: '2024-10-18T09:51:00-04:00' }),
	sourceRecord('reuters', { published: '2024-10-19T08:00:00Z' }),
	sourceRecord('bbc', { published: '2024-10-17T10:00:00+01:00' }),
];
const index = buildSiteIndex(claims, claimants, sources);

describe('buildSiteIndex', () => {
	it('leaves drafts out of the published claims', () => {
		expect(index.claims.map((claim) => claim.id)).not.toContain('draft-claim');
		expect(index.claims).toHaveLength(4);
	});

	it('lists claims newest claimed date first, then by id', () => {
		expect(index.claims.map((claim) => claim.id)).toEqual([
			'newer',
			'same-day-a',
			'same-day-b',
			'older',
		]);
	});

	it('lists claimants by name', () => {
		expect(index.claimants.map((claimant) => claimant.id)).toEqual(['kremlin', 'nis']);
	});

	it('lists sources newest published first', () => {
		expect(index.sources.map((source) => source.id)).toEqual(['reuters', 'guardian', 'bbc']);
	});

	it('does not reorder the arrays it was given', () => {
		expect(claims.map((claim) => claim.id)).toEqual([
			'older',
			'newer',
			'draft-claim',
			'same-day-b',
			'same-day-a',
		]);
		expect(claimants.map((claimant) => claimant.id)).toEqual(['nis', 'kremlin']);
		expect(sources.map((source) => source.id)).toEqual(['guardian', 'reuters', 'bbc']);
	});

	it('looks up a published claim, a claimant and a source by id', () => {
		expect(index.claim('older').data.claimed).toBe('2024-10-08/2024-10-13');
		expect(index.claimant('kremlin').data.name).toBe('Kremlin');
		expect(index.source('reuters').data.published).toBe('2024-10-19T08:00:00Z');
	});

	it('throws a helpful error for an unknown claim id', () => {
		expect(() => index.claim('missing')).toThrow(
			'No published claim with id "missing" — run npm run check'
		);
	});

	it('throws for a draft claim id, since drafts are not published', () => {
		expect(() => index.claim('draft-claim')).toThrow(
			'No published claim with id "draft-claim" — run npm run check'
		);
	});

	it('throws a helpful error for an unknown claimant or source id', () => {
		expect(() => index.claimant('cia')).toThrow('No claimant with id "cia" — run npm run check');
		expect(() => index.source('nyt')).toThrow('No source with id "nyt" — run npm run check');
	});

	it('lists the published claims of a claimant, newest first', () => {
		expect(index.claimsBy('nis').map((claim) => claim.id)).toEqual([
			'same-day-a',
			'same-day-b',
			'older',
		]);
		expect(index.claimsBy('kremlin').map((claim) => claim.id)).toEqual(['newer']);
		expect(index.claimsBy('nobody')).toEqual([]);
	});

	it('lists the published claims citing a source', () => {
		expect(index.claimsCiting('reuters').map((claim) => claim.id)).toEqual(['newer']);
		expect(index.claimsCiting('guardian').map((claim) => claim.id)).toEqual([
			'same-day-a',
			'same-day-b',
			'older',
		]);
		expect(index.claimsCiting('bbc')).toEqual([]);
	});

	it('builds an empty index from no records', () => {
		const empty = buildSiteIndex([], [], []);
		expect([empty.claims, empty.claimants, empty.sources]).toEqual([[], [], []]);
	});
});
