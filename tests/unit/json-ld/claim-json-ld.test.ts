import { describe, expect, it } from 'vitest';
import type { RatedClaimRecord } from '../../../src/core/claims/verdict.ts';
import { claimJsonLd, claimReview } from '../../../src/site/json-ld/claim-json-ld.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';

const SITE = { name: 'Claims tracker', url: 'https://claims.example.org' };
const URL = 'https://claims.example.org/claims/nis-dispatch/';

const nis = claimantRecord('nis', {
	name: 'National Intelligence Service (South Korea)',
	kind: 'intelligence-agency',
});
const zelenskyy = claimantRecord('volodymyr-zelenskyy', {
	name: 'Volodymyr Zelenskyy',
	kind: 'official',
	role: 'President of Ukraine',
});
const guardian = sourceRecord('guardian', {
	outlet: 'The Guardian',
	url: '',
	headline: 'North Korean troops have arrived in Russia to fight Ukraine, says Seoul',
	published: '2024-10-18T09:51:00-04:00',
});
const reuters = sourceRecord('reuters', {
	outlet: 'Reuters',
	url: 'https://www.reuters.com/article',
	headline: 'Seoul says troops sent',
	published: '2024-10-18T10:00:00Z',
});

const rated = (id: string, fields: Record<string, unknown> = {}) =>
	claimRecord(id, fields) as RatedClaimRecord;

const claim = rated('nis-dispatch', {
	title: 'NIS: North Korea dispatched troops to Russia',
	statement: 'The NIS said North Korea had dispatched troops to Russia.',
	claimed: '2024-10-18',
	status: 'corroborated',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
		{ date: '2024-10-21/2024-10-25', status: 'corroborated', note: 'Satellite imagery.' },
	],
});

describe('claimReview', () => {
	const review = claimReview({
		claim,
		claimant: nis,
		sources: [guardian, reuters],
		url: URL,
		site: SITE,
	});

	it('builds a full schema.org ClaimReview', () => {
		expect(review).toEqual({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			url: URL,
			claimReviewed: 'The NIS said North Korea had dispatched troops to Russia.',
			datePublished: '2024-10-18',
			dateModified: '2024-10-21',
			author: {
				'@type': 'Organization',
				name: 'Claims tracker',
				url: 'https://claims.example.org',
			},
			reviewRating: {
				'@type': 'Rating',
				alternateName: 'corroborated',
				ratingValue: 4,
				bestRating: 5,
				worstRating: 1,
			},
			itemReviewed: {
				'@type': 'Claim',
				author: { '@type': 'Organization', name: 'National Intelligence Service (South Korea)' },
				datePublished: '2024-10-18',
				firstAppearance: {
					'@type': 'CreativeWork',
					headline: 'North Korean troops have arrived in Russia to fight Ukraine, says Seoul',
					datePublished: '2024-10-18T09:51:00-04:00',
					publisher: { '@type': 'Organization', name: 'The Guardian' },
				},
				appearance: [
					{
						'@type': 'CreativeWork',
						headline: 'North Korean troops have arrived in Russia to fight Ukraine, says Seoul',
						datePublished: '2024-10-18T09:51:00-04:00',
						publisher: { '@type': 'Organization', name: 'The Guardian' },
					},
					{
						'@type': 'CreativeWork',
						headline: 'Seoul says troops sent',
						datePublished: '2024-10-18T10:00:00Z',
						publisher: { '@type': 'Organization', name: 'Reuters' },
						url: 'https://www.reuters.com/article',
					},
				],
			},
		});
	});

	it('has @type ClaimReview and an itemReviewed of @type Claim', () => {
		expect(review['@type']).toBe('ClaimReview');
		expect(review.itemReviewed['@type']).toBe('Claim');
	});

	it('uses the status as the rating alternateName', () => {
		expect(review.reviewRating.alternateName).toBe('corroborated');
	});

	it('leaves the url off an appearance whose source has none', () => {
		expect('url' in review.itemReviewed.appearance![0]!).toBe(false);
	});

	it('rates each status on a 1 to 5 scale', () => {
		const ratings = (
			['refuted', 'disputed', 'mixed', 'claimed', 'corroborated', 'confirmed'] as const
		).map((status) => {
			const withStatus = rated('rated', {
				status,
				statusHistory: [{ date: '2024-10-18', status, note: 'Note.' }],
			});
			return claimReview({ claim: withStatus, claimant: nis, sources: [], url: URL, site: SITE })
				.reviewRating;
		});
		expect(
			ratings.map((rating) => [
				rating.alternateName,
				'ratingValue' in rating ? rating.ratingValue : undefined,
			])
		).toEqual([
			['refuted', 1],
			['disputed', 2],
			['mixed', 3],
			['claimed', 3],
			['corroborated', 4],
			['confirmed', 5],
		]);
	});

	it.each(['withdrawn', 'outdated'] as const)(
		'gives no ratingValue for a %s claim, which says nothing of whether it was true',
		(status) => {
			const ended = rated(status, {
				status,
				statusHistory: [
					{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
					{
						date: '2024-11-01',
						status,
						note: 'Later.',
						source: 'guardian',
						...(status === 'withdrawn' ? { retractedBy: 'claimant' } : {}),
					},
				],
			});
			expect(
				claimReview({ claim: ended, claimant: nis, sources: [], url: URL, site: SITE }).reviewRating
			).toEqual({ '@type': 'Rating', alternateName: status });
		}
	);

	it('describes an opinion as a Claim with no review and no rating', () => {
		const opinion = claimRecord('sybiha-demands-reaction', { kind: 'opinion' });
		const jsonLd = claimJsonLd({
			claim: opinion,
			claimant: zelenskyy,
			sources: [guardian],
			url: URL,
			site: SITE,
		});
		expect(jsonLd['@type']).toBe('Claim');
		expect(JSON.stringify(jsonLd)).not.toMatch(/Rating|ClaimReview|reviewRating/);
		expect(jsonLd).toMatchObject({ url: URL, author: { name: 'Volodymyr Zelenskyy' } });
	});

	it('gives a fact the same ClaimReview through claimJsonLd', () => {
		expect(claimJsonLd({ claim, claimant: nis, sources: [], url: URL, site: SITE })).toEqual(
			claimReview({ claim, claimant: nis, sources: [], url: URL, site: SITE })
		);
	});

	it('names an official claimant as a Person', () => {
		const spoken = claimReview({ claim, claimant: zelenskyy, sources: [], url: URL, site: SITE });
		expect(spoken.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Volodymyr Zelenskyy' });
	});

	it('leaves out the appearances when there are no sources', () => {
		const review = claimReview({ claim, claimant: nis, sources: [], url: URL, site: SITE });
		expect(Object.keys(review.itemReviewed)).toEqual(['@type', 'author', 'datePublished']);
	});

	it('uses the title when the statement is longer than 75 characters', () => {
		const long = rated('long', {
			title: 'NIS: 1,500 special forces shipped to Vladivostok',
			statement:
				'The NIS said Russian navy ships transferred 1,500 North Korean special operation forces to Vladivostok between 8 and 13 October.',
		});
		expect(
			claimReview({ claim: long, claimant: nis, sources: [], url: URL, site: SITE }).claimReviewed
		).toBe('NIS: 1,500 special forces shipped to Vladivostok');
	});

	it('uses a statement of 74 characters (under Google’s 75) as it is', () => {
		const statement = `${'x'.repeat(69)} done`;
		expect(statement).toHaveLength(74);
		const exact = rated('exact', { statement, title: 'Short title' });
		expect(
			claimReview({ claim: exact, claimant: nis, sources: [], url: URL, site: SITE }).claimReviewed
		).toBe(statement);
	});

	it('shortens a long title at a word boundary with an ellipsis, to at most 75 characters', () => {
		const long = rated('long-title', {
			title:
				'Ukrainian source: North Korea supplies half of the larger-calibre ammunition Russia fires at Ukrainian positions',
			statement:
				'A Ukrainian source said that about half of the larger-calibre ammunition Russia fires at Ukraine comes from North Korea.',
		});
		const reviewed = claimReview({
			claim: long,
			claimant: nis,
			sources: [],
			url: URL,
			site: SITE,
		}).claimReviewed;
		expect(reviewed).toBe('Ukrainian source: North Korea supplies half of the larger-calibre…');
		expect(reviewed.length).toBeLessThanOrEqual(75);
	});

	it('dates a review from its first status to its last, by the day each is placed at', () => {
		const dated = rated('dated', {
			claimed: '/2024-10-11',
			statusHistory: [
				{ date: '2024-10', status: 'claimed', note: 'First recorded.' },
				{ date: '/2024-11-05', status: 'disputed', note: 'Denied.' },
			],
			status: 'disputed',
		});
		const review = claimReview({ claim: dated, claimant: nis, sources: [], url: URL, site: SITE });
		expect([review.datePublished, review.dateModified, review.itemReviewed.datePublished]).toEqual([
			'2024-10-01',
			'2024-11-05',
			'2024-10-11',
		]);
	});
});
