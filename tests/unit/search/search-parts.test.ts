import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSortKey } from '../../../src/core/dates/date-order.ts';
import { toFuzzyDate } from '../../../src/core/dates/fuzzy-date.ts';
import type { ClaimRecord } from '../../../src/core/schemas/records.ts';
import { searchDocument, searchParts } from '../../../src/site/search/search-parts.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';

const indexOf = (claims: ClaimRecord[]) =>
	buildSiteIndex(claims, [claimantRecord('nis')], [sourceRecord('guardian')]);
const dayOf = (claim: ClaimRecord) => dateSortKey(toFuzzyDate(claim.data.claimed));

/** A date as editors write them: a day, a month or a year, over three years. */
const CLAIMED = fc.oneof(
	fc
		.date({ min: new Date('2023-01-01'), max: new Date('2025-12-31'), noInvalidDate: true })
		.map((date) => date.toISOString().slice(0, 10)),
	fc
		.tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }))
		.map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
	fc.integer({ min: 2023, max: 2025 }).map(String)
);

describe('searchParts', () => {
	it('puts every claim in exactly one part, parts in date order with no overlap, each within the size unless it is a single month', () => {
		fc.assert(
			fc.property(
				fc.array(CLAIMED, { minLength: 1, maxLength: 60 }),
				fc.integer({ min: 1, max: 12 }),
				(dates, partSize) => {
					const claims = dates.map((claimed, n) => claimRecord(`claim-${n}`, { claimed }));
					const parts = searchParts(indexOf(claims), partSize);
					const placed = parts.flatMap((part) => part.claims.map((claim) => claim.id));
					expect(placed.sort()).toEqual(claims.map((claim) => claim.id).sort());
					for (const [earlier, later] of parts.slice(1).map((part, n) => [parts[n]!, part])) {
						const lastOfEarlier = earlier!.claims.map(dayOf).sort().at(-1)!;
						const firstOfLater = later!.claims.map(dayOf).sort()[0]!;
						expect(lastOfEarlier < firstOfLater, `${earlier!.name} before ${later!.name}`).toBe(
							true
						);
					}
					for (const part of parts)
						if (part.claims.length > partSize) expect(part.name).toMatch(/^\d{4}-\d{2}$/);
					expect(new Set(parts.map((part) => part.name)).size).toBe(parts.length);
				}
			)
		);
	});

	it('keeps a small year whole and cuts a large one into quarters, and a large quarter into months', () => {
		const claims = [
			claimRecord('a', { claimed: '2024-02-01' }),
			claimRecord('b', { claimed: '2024-08-03' }),
			claimRecord('c', { claimed: '2024-08-20' }),
			claimRecord('d', { claimed: '2024-09-01' }),
			claimRecord('e', { claimed: '2025-03' }),
		];
		const parts = searchParts(indexOf(claims), 2);
		expect(parts.map((part) => [part.name, part.claims.map((claim) => claim.id).sort()])).toEqual([
			['2024-q1', ['a']],
			['2024-08', ['b', 'c']],
			['2024-09', ['d']],
			['2025', ['e']],
		]);
	});
});

describe('searchDocument', () => {
	const claim = claimRecord('nis-transfer', {
		title: 'NIS: <1,500> special forces moved',
		sources: [{ source: 'guardian', quote: 'North Korea has sent 1,500 special forces.' }],
	});
	const { url, html } = searchDocument(claim, indexOf([claim]));

	it('is the claim’s own address and holds its weighted title, statement and quotes with their source, as text', () => {
		expect(url).toBe('/claims/nis-transfer/');
		expect(html).toContain(
			'<h1 data-pagefind-weight="4">NIS: &#x3C;1,500> special forces moved</h1>'
		);
		expect(html).toContain('<p>Statement of nis-transfer.</p>');
		expect(html).toContain('<blockquote>North Korea has sent 1,500 special forces.</blockquote>');
		expect(html).toContain('— Headline of guardian, The Guardian');
		expect(html).toMatch(/^<!doctype html><html lang="en">/);
	});

	it('files it under its filters, sorts it by its first day and gives its result lines', () => {
		expect(html).toContain('data-pagefind-filter="status:claimed"');
		expect(html).toContain('data-pagefind-filter="year:2024"');
		expect(html).toContain('data-pagefind-sort="date:2024-10-18"');
		expect(html).toContain('data-pagefind-meta="claimant:NIS"');
		expect(html).not.toContain('data-pagefind-meta="figures:');
	});
});
