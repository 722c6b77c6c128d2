import { describe, expect, it } from 'vitest';
import { estimateRows } from '../../../src/site/charts/estimate-rows.ts';
import { measureEstimates } from '../../../src/site/measures/estimates.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, figureOf, measureRecord } from '../support/records.ts';

describe('estimateRows', () => {
	it('gives each claim one row with all its figures, said and as of when, oldest first', () => {
		const index = buildSiteIndex(
			[
				claimRecord('later', {
					claimant: 'hur',
					claimed: '2024-11-01',
					figures: [figureOf('troops', 11_000, { qualifier: 'about' })],
				}),
				claimRecord('earlier', {
					claimant: 'nis',
					claimed: '2024-10-23',
					event: '2024-10',
					figures: [figureOf('troops', 1_500), figureOf('troops', 3_000, { qualifier: 'about' })],
				}),
			],
			[claimantRecord('nis', { shortName: 'NIS' }), claimantRecord('hur', { shortName: 'HUR' })],
			[],
			[],
			[measureRecord('troops')]
		);
		const rows = estimateRows(measureEstimates(index, 'troops'));
		expect(
			rows.map((row) => [row.claimId, row.claimantName, row.said.edtf, row.asOf.edtf, row.figures])
		).toEqual([
			['earlier', 'NIS', '2024-10-23', '2024-10', ['1,500 troops', 'about 3,000 troops']],
			['later', 'HUR', '2024-11-01', '2024-11-01', ['about 11,000 troops']],
		]);
	});

	it('has no rows without estimates', () => {
		expect(estimateRows([])).toEqual([]);
	});
});
