import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtClaimsJson, DIST, elements, parseHtml } from '../support/built-site.ts';

/** The JSON-LD blocks of a built page, parsed. */
function jsonLdBlocks(file: string): Array<Record<string, unknown>> {
	return elements(parseHtml(file))
		.filter(
			(element) => element.name === 'script' && element.attribs['type'] === 'application/ld+json'
		)
		.map(
			(element) =>
				JSON.parse(
					element.children.map((child) => ('data' in child ? child.data : '')).join('')
				) as Record<string, unknown>
		);
}

const claims = builtClaimsJson().claims;
const rated = claims.filter((claim) => claim.kind !== 'opinion');
const opinions = claims.filter((claim) => claim.kind === 'opinion');

describe('ClaimReview structured data', () => {
	it('covers facts and predictions, and opinions, among the built claims', () => {
		expect(rated.length).toBeGreaterThan(0);
		expect(opinions.length).toBeGreaterThan(0);
	});

	it.each(opinions.map((claim) => [claim.id, claim] as const))(
		'opinion %s carries a plain Claim, with no review and no rating',
		(id, claim) => {
			const blocks = jsonLdBlocks(join(DIST, 'claims', id, 'index.html'));
			expect(blocks).toHaveLength(1);
			expect(blocks[0]).toMatchObject({
				'@context': 'https://schema.org',
				'@type': 'Claim',
				url: claim.url,
				author: { name: claim.claimant.name },
			});
			expect(JSON.stringify(blocks[0])).not.toMatch(/ClaimReview|Rating/);
		}
	);

	it.each(rated.map((claim) => [claim.id, claim] as const))(
		'claim %s carries one ClaimReview with the required and recommended fields',
		(id, claim) => {
			const blocks = jsonLdBlocks(join(DIST, 'claims', id, 'index.html'));
			expect(blocks).toHaveLength(1);
			const review = blocks[0] as {
				[key: string]: unknown;
				claimReviewed: string;
				itemReviewed: { firstAppearance: unknown; appearance: unknown[] };
			};
			expect(review['@context']).toBe('https://schema.org');
			expect(review['@type']).toBe('ClaimReview');
			expect(review['url']).toBe(claim.url);
			expect(typeof review['claimReviewed']).toBe('string');
			expect(review['claimReviewed'].length).toBeGreaterThan(0);
			expect(review['claimReviewed'].length).toBeLessThan(75);
			expect(review['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(review['author']).toMatchObject({
				'@type': 'Organization',
				name: expect.any(String),
				url: expect.stringMatching(/^https?:/),
			});
			expect(review['reviewRating']).toMatchObject({
				'@type': 'Rating',
				alternateName: claim.status,
			});
			expect(review['itemReviewed']).toMatchObject({
				'@type': 'Claim',
				author: { name: claim.claimant.name },
				datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			});
			expect(review['itemReviewed']['firstAppearance']).toMatchObject({
				'@type': 'CreativeWork',
				headline: expect.any(String),
			});
			expect(review['itemReviewed']['appearance'].length).toBeGreaterThan(0);
		}
	);
});
