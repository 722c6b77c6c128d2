import { describe, expect, it } from 'vitest';
import { UNKNOWN_SPEAKER_TITLE } from '../../../../src/tools/ingest/draft/draft-claims.ts';
import {
	articleProperNouns,
	createClaimantResolver,
} from '../../../../src/tools/ingest/draft/resolve-claimant.ts';
import { draftsOf } from '../../support/drafting.ts';

describe('a speaker claimant is made only from a name (issue 25)', () => {
	it.each(['as he', 'it has been', 'the company', 'the soldier', 'Statement', 'In a statement'])(
		'makes nobody of “%s”',
		(phrase) => {
			const resolver = createClaimantResolver([], 'Test Outlet');
			expect(resolver.resolve(phrase)).toBeUndefined();
			expect(resolver.created()).toEqual([]);
		}
	);

	it.each([
		['Kim Jong Un', 'kim-jong-un'],
		['South Korea’s spy agency', 'south-korea-spy-agency'],
		['the NIS', 'nis'],
		['a senior US official', 'senior-us-official'],
		['Ukrainian sources', 'ukrainian-sources'],
		['the regional authorities', 'regional-authorities'],
	])('makes a draft claimant of “%s”', (phrase, id) => {
		const resolver = createClaimantResolver([], 'Test Outlet');
		expect(resolver.resolve(phrase)?.id).toBe(id);
	});

	it('takes a word the article writes as a name for one, and the outlet’s own name however spelt', () => {
		const names = articleProperNouns([
			'Kremlin spokesman Dmitry Peskov dismissed the reports.',
			'Peskov said the statement was false.',
			'Statement after statement followed.',
		]);
		expect(names.has('Peskov')).toBe(true);
		expect(names.has('Statement')).toBe(false);
		expect(createClaimantResolver([], 'Test Outlet', names).resolve('Peskov')?.id).toBe('peskov');
		expect(createClaimantResolver([], 'ukrinform').resolve('ukrinform', 'media')?.id).toBe(
			'ukrinform'
		);
	});

	it.each(['Analysts', 'Three survivors', 'Several former separatist commanders'])(
		'makes an unnamed group of people a source the site records as such: “%s”',
		(phrase) => {
			const claimant = createClaimantResolver([], 'Test Outlet').resolve(phrase);
			expect(claimant?.data.kind).toBe('anonymous-source');
		}
	);

	it('takes a word that only ever opens sentences for a name when compromise reads it as a singular noun', () => {
		const names = articleProperNouns([
			'Lukoil said the plant continued to operate.',
			'Gangs now control most of the capital.',
			'Other estimates are higher, and gangs grow.',
		]);
		expect(names.has('Lukoil')).toBe(true);
		expect(names.has('Gangs')).toBe(false);
		expect(names.has('Other')).toBe(false);
	});

	it('drafts a claim whose speaker names nobody as “speaker unknown”, held by the outlet, inventing nobody', () => {
		const { claims, claimants } = draftsOf([
			'About 40 North Korean soldiers died in the attack, the soldier said.',
		]);
		expect(claims).toHaveLength(1);
		expect(claims[0]!.unknownSpeaker).toBe('the soldier');
		expect(claims[0]!.frontmatter.title).toMatch(new RegExp(`^${UNKNOWN_SPEAKER_TITLE}: `));
		expect(claims[0]!.id).toMatch(/^speaker-unknown-/);
		expect(claimants.map((claimant) => claimant.data.name)).toEqual(['Test Outlet']);
	});

	it('drafts a named speaker as before', () => {
		const { claims } = draftsOf([
			'About 40 North Korean soldiers died in the attack, Kyrylo Budanov said.',
		]);
		expect(claims[0]!.unknownSpeaker).toBeUndefined();
		expect(claims[0]!.frontmatter.claimant).toBe('kyrylo-budanov');
	});
});

describe('an unnamed spokesperson speaks for the body named after them (issue 25)', () => {
	it('resolves “a spokesperson for the agency” to the agency named before, and makes no claimant of the role', () => {
		const resolver = createClaimantResolver([], 'Test Outlet');
		const hur = resolver.resolve('Ukraine’s military intelligence agency');
		expect(resolver.resolve('a spokesperson for the agency')?.id).toBe(hur?.id);
		expect(resolver.resolve('a spokesman for the Pentagon')?.data.name).toBe('Pentagon');
		expect(resolver.created().map((claimant) => claimant.data.name)).toEqual([
			'Ukraine’s military intelligence agency',
			'Pentagon',
		]);
	});
});

describe('a role noun points back to the person named with that role (issue 25)', () => {
	it('reads “The lawmaker said” as the lawmaker named before, by his full name', () => {
		const { claims } = draftsOf([
			'Lee Seong-kweun, a lawmaker on the intelligence committee, attended the briefing. The lawmaker said about 3,000 troops had arrived.',
		]);
		expect(claims.map((claim) => claim.frontmatter.claimant)).toEqual(['lee-seong-kweun']);
	});

	it('leaves “the soldier” unknown when no soldier was named', () => {
		const { claims } = draftsOf([
			'Kyrylo Budanov visited the front. The soldier said 300 North Korean troops had died.',
		]);
		expect(claims.map((claim) => claim.unknownSpeaker)).toEqual(['The soldier']);
	});
});

describe('what the speaker sieve must not do (review of issue 25)', () => {
	it('never hands “the newspaper” to a person named beside the word', () => {
		const { claims } = draftsOf([
			'John Smith told the newspaper that 200 troops were captured. The newspaper reported that 300 more were killed.',
		]);
		expect(claims.map((claim) => claim.frontmatter.claimant)).not.toContain(undefined);
		expect(claims[1]!.frontmatter.claimant).not.toBe('john-smith');
	});

	it('keeps a quotation after an unknown speaker unknown, not the outlet’s', () => {
		const { claims } = draftsOf([
			'The captured soldier said he had been sent to Kursk in October. “We were told we would only train.”',
		]);
		expect(claims.map((claim) => claim.unknownSpeaker)).toEqual([
			'The captured soldier',
			'The captured soldier',
		]);
	});
});
