import { describe, expect, it } from 'vitest';
import { latestEstimates } from '../../../src/lib/charts/latest-estimates.ts';
import { ESTIMATE_CHARTS } from '../../../src/lib/charts/estimate-charts.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const troops = ESTIMATE_CHARTS.find((chart) => chart.id === 'troops')!;
const estimate = (id: string, claimant: string, claimed: string, figure: Record<string, unknown>) =>
	claimRecord(id, {
		claimant,
		claimed,
		topics: ['troop-numbers'],
		figures: [{ unit: 'troops', qualifier: 'about', ...figure }],
	});

describe('latestEstimates', () => {
	const index = buildSiteIndex(
		[
			estimate('nis-old', 'nis', '2024-10-18', { value: 1500 }),
			estimate('nis-new', 'nis', '2024-11-20', { value: 11000 }),
			estimate('hur', 'hur', '2024-10-24', { value: 12000 }),
			estimate('pentagon', 'pentagon', '2024-11-04', {
				value: null,
				qualifier: 'range',
				min: 6000,
				max: 9000,
			}),
		],
		[claimantRecord('nis'), claimantRecord('hur'), claimantRecord('pentagon')],
		[]
	);

	it('keeps each claimant’s newest estimate, newest first, on a scale to the largest number', () => {
		const latest = latestEstimates(troops, index, 5);
		expect(latest.map(({ point }) => point.claimId)).toEqual(['nis-new', 'pentagon', 'hur']);
		expect(latest.map(({ start, end }) => [start, Math.round(end)])).toEqual([
			[0, 92],
			[50, 75],
			[0, 100],
		]);
	});

	it('shows at most the limit', () => {
		expect(latestEstimates(troops, index, 2)).toHaveLength(2);
	});
});
