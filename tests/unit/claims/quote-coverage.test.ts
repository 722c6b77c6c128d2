import { describe, expect, it } from 'vitest';
import { quoteCoverage } from '../../../src/core/claims/quote-coverage.ts';
import { claimRecord } from '../support/records.ts';

describe('quoteCoverage', () => {
	it('counts a claim as quoted when any one of its citations carries a quote', () => {
		const quotedOnce = claimRecord('a', {
			sources: [{ source: 'summary' }, { source: 'guardian', quote: 'exact words' }],
		});
		const summaryOnly = claimRecord('b', { sources: [{ source: 'summary' }] });
		expect(quoteCoverage([quotedOnce, summaryOnly, summaryOnly])).toEqual({
			quoted: 1,
			summaryOnly: 2,
		});
	});
});
