import { describe, expect, it } from 'vitest';
import { chartPoints } from '../../../src/lib/charts/chart-points.ts';
import { ESTIMATE_CHARTS } from '../../../src/lib/charts/estimate-charts.ts';
import { estimateRows } from '../../../src/lib/charts/estimate-rows.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const troops = ESTIMATE_CHARTS[0]!;

describe('estimateRows', () => {
	it('gives each claim one row with all its figures, oldest claim first', () => {
		const index = buildSiteIndex(
			[
				claimRecord('later', {
					claimant: 'hur',
					claimed: '2024-11-01',
					topics: ['troop-numbers'],
					figures: [{ value: 11_000, unit: 'troops', qualifier: 'about' }],
				}),
				claimRecord('earlier', {
					claimant: 'nis',
					claimed: '2024-10-23',
					topics: ['troop-numbers'],
					figures: [
						{ value: 1_500, unit: 'troops', qualifier: 'exact' },
						{ value: 3_000, unit: 'troops', qualifier: 'about' },
					],
				}),
			],
			[claimantRecord('nis', { shortName: 'NIS' }), claimantRecord('hur', { shortName: 'HUR' })],
			[]
		);
		const rows = estimateRows(chartPoints(troops, index));
		expect(rows.map((row) => [row.claimId, row.claimantName, row.figures])).toEqual([
			['earlier', 'NIS', ['1,500 troops', 'about 3,000 troops']],
			['later', 'HUR', ['about 11,000 troops']],
		]);
	});

	it('has no rows without points', () => {
		expect(estimateRows([])).toEqual([]);
	});
});
