import { describe, expect, it } from 'vitest';
import { estimateComparisons } from '../../../src/lib/claimants/estimate-comparison.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const troops = (id: string, claimant: string, value: number | null, extra = {}) =>
	claimRecord(id, {
		claimant,
		topics: ['troop-numbers'],
		figures: [{ value, unit: 'troops', qualifier: 'about', ...extra }],
	});

describe('estimateComparisons', () => {
	it('puts a claimant’s estimates beside the range and count of everyone else’s on the same question', () => {
		const index = buildSiteIndex(
			[
				troops('nis-a', 'nis', 3000),
				troops('hur-a', 'hur', 12000),
				claimRecord('pentagon-a', {
					claimant: 'pentagon',
					topics: ['troop-numbers'],
					figures: [{ value: null, unit: 'troops', qualifier: 'range', min: 11000, max: 12500 }],
				}),
			],
			[claimantRecord('nis'), claimantRecord('hur'), claimantRecord('pentagon')],
			[]
		);
		const [troopsChart, ...rest] = estimateComparisons(index, 'nis');
		expect(rest).toEqual([]);
		expect(troopsChart?.chart.id).toBe('troops');
		expect(troopsChart?.own.map((point) => point.claimId)).toEqual(['nis-a']);
		expect(troopsChart?.others).toEqual({
			estimates: 2,
			claimants: 2,
			lowest: 11000,
			highest: 12500,
		});
	});

	it('has no entry for a question the claimant never estimated', () => {
		const index = buildSiteIndex(
			[troops('hur-a', 'hur', 12000)],
			[claimantRecord('nis'), claimantRecord('hur')],
			[]
		);
		expect(estimateComparisons(index, 'nis')).toEqual([]);
	});
});
