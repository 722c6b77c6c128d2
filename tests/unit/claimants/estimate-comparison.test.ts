import { describe, expect, it } from 'vitest';
import { estimateComparisons } from '../../../src/site/claimants/estimate-comparison.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, figureOf, measureRecord } from '../support/records.ts';

const MEASURES = [
	measureRecord('troops', { name: 'Troops deployed' }),
	measureRecord('wounded-sent-home', { name: 'Wounded sent home', charted: false }),
];
const troops = (id: string, claimant: string, value: number | null, extra = {}) =>
	claimRecord(id, {
		claimant,
		figures: [figureOf('troops', 0, { value, qualifier: 'about', ...extra })],
	});

describe('estimateComparisons', () => {
	it('puts a claimant’s estimates beside the range and count of everyone else’s of the same measure, with a small chart', () => {
		const index = buildSiteIndex(
			[
				troops('nis-a', 'nis', 3000),
				troops('hur-a', 'hur', 12000),
				troops('pentagon-a', 'pentagon', null, { qualifier: 'range', min: 11000, max: 12500 }),
				// Another measure's number is never compared with troops, however close its words.
				claimRecord('hur-wounded', {
					claimant: 'hur',
					figures: [figureOf('wounded-sent-home', 2000, { unit: 'people' })],
				}),
			],
			[claimantRecord('nis'), claimantRecord('hur'), claimantRecord('pentagon')],
			[],
			[],
			MEASURES
		);
		const [comparison, ...rest] = estimateComparisons(index, 'nis');
		expect(rest).toEqual([]);
		expect(comparison!.measure).toEqual({
			id: 'troops',
			name: 'Troops deployed',
			href: '/figures/troops/',
		});
		expect(comparison!.own.map((estimate) => estimate.claimId)).toEqual(['nis-a']);
		expect(comparison!.others).toEqual({
			estimates: 2,
			claimants: 2,
			lowest: 11000,
			highest: 12500,
		});
		expect(comparison!.chart!.estimates.map((estimate) => estimate.claimId)).toEqual(['nis-a']);
		expect(comparison!.chart!.spread).toMatchObject({ low: 11000, high: 12500 });
		const ofHur = estimateComparisons(index, 'hur');
		expect(ofHur.map((entry) => [entry.measure.id, entry.chart === undefined])).toEqual([
			['troops', false],
			['wounded-sent-home', true],
		]);
	});

	it('has no entry for a measure the claimant never estimated', () => {
		const index = buildSiteIndex(
			[troops('hur-a', 'hur', 12000)],
			[claimantRecord('nis'), claimantRecord('hur')],
			[],
			[],
			MEASURES
		);
		expect(estimateComparisons(index, 'nis')).toEqual([]);
	});
});
