import { describe, expect, it } from 'vitest';
import { chartPoints } from '../../../src/lib/charts/chart-points.ts';
import { ESTIMATE_CHARTS } from '../../../src/lib/charts/estimate-charts.ts';
import { buildSiteIndex } from '../../../src/lib/site/site-index.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

const [troops, ammunition, casualties] = ESTIMATE_CHARTS as [
	(typeof ESTIMATE_CHARTS)[number],
	(typeof ESTIMATE_CHARTS)[number],
	(typeof ESTIMATE_CHARTS)[number],
];

const figure = (value: number, unit: string, qualifier = 'exact') => ({ value, unit, qualifier });

const index = buildSiteIndex(
	[
		claimRecord('seoul-12000', {
			claimant: 'nis',
			claimed: '2024-10-18',
			topics: ['deployment', 'troop-numbers'],
			figures: [figure(12_000, 'troops'), figure(4, 'brigades')],
		}),
		claimRecord('kyiv-10000', {
			claimant: 'zelenskyy',
			claimed: '2024-10-17',
			topics: ['troop-numbers'],
			figures: [figure(10_000, 'Soldiers'), figure(3_000, 'personnel in Kursk', 'more-than')],
		}),
		claimRecord('share-of-troops', {
			claimed: '2024-10-19',
			topics: ['troop-numbers'],
			figures: [figure(40, 'percent of the troops'), figure(5, '% of personnel')],
		}),
		claimRecord('troops-off-topic', {
			topics: ['deployment'],
			figures: [figure(1_000, 'troops')],
		}),
		claimRecord('draft-troops', {
			claimed: '2024-10-20',
			topics: ['troop-numbers'],
			figures: [figure(100_000, 'troops')],
			draft: true,
		}),
		claimRecord('shells', {
			claimant: 'zelenskyy',
			claimed: '/2024-10-18',
			topics: ['ammunition'],
			figures: [
				figure(2_000_000, 'rounds of ammunition', 'more-than'),
				figure(50, 'percent of the larger-calibre ammunition', 'about'),
				figure(100, 'missiles'),
			],
		}),
		claimRecord('artillery', {
			claimed: '2024-11',
			topics: ['ammunition'],
			figures: [{ unit: 'artillery shells', qualifier: 'range', min: 1_000_000, max: 3_000_000 }],
		}),
	],
	[
		claimantRecord('nis', { shortName: 'NIS' }),
		claimantRecord('zelenskyy', {
			shortName: 'Zelenskyy',
			marker: { shape: 'star', colour: 'green', hollow: true },
		}),
	],
	[]
);

describe('chartPoints', () => {
	it('plots the figures of the chart’s topic whose unit matches, oldest claim first', () => {
		expect(chartPoints(troops, index).map((point) => [point.claimId, point.figureText])).toEqual([
			['kyiv-10000', '10,000 Soldiers'],
			['kyiv-10000', 'more than 3,000 personnel in Kursk'],
			['seoul-12000', '12,000 troops'],
		]);
	});

	it('leaves out drafts, other topics and percentages', () => {
		const ids = chartPoints(troops, index).map((point) => point.claimId);
		expect(ids).not.toContain('draft-troops');
		expect(ids).not.toContain('troops-off-topic');
		expect(ids).not.toContain('share-of-troops');
	});

	it('finds rounds and shells for the ammunition chart, but not missiles or shares', () => {
		expect(chartPoints(ammunition, index).map((point) => point.figureText)).toEqual([
			'more than 2 million rounds of ammunition',
			'1 million–3 million artillery shells',
		]);
	});

	it('returns no points when no claim has the topic', () => {
		expect(chartPoints(casualties, index)).toEqual([]);
	});

	it('carries what the chart and table need: date, qualifier, bounds, claimant, claim and a short label', () => {
		const [, moreThan] = chartPoints(troops, index);
		expect(moreThan).toMatchObject({
			qualifier: 'more-than',
			value: 3_000,
			claimId: 'kyiv-10000',
			claimTitle: 'Title of kyiv-10000',
			claimantId: 'zelenskyy',
			claimantName: 'Zelenskyy',
			verdict: 'claimed',
			drawing: 'more-than',
			label: '>3,000',
		});
		expect(moreThan!.date.first).toBe('2024-10-17');
		const [, range] = chartPoints(ammunition, index);
		expect(range).toMatchObject({
			value: null,
			min: 1_000_000,
			max: 3_000_000,
			label: '1 million–3 million',
		});
	});

	it('draws each claimant as its record names it, the same on every chart, and the others with free drawings', () => {
		const star = { shape: 'star', colour: 'green', hollow: true };
		const ofZelenskyy = [troops, ammunition].flatMap((chart) =>
			chartPoints(chart, index).filter((point) => point.claimantId === 'zelenskyy')
		);
		expect(ofZelenskyy.length).toBeGreaterThan(1);
		for (const point of ofZelenskyy) expect(point.marker).toEqual(star);
		const nis = chartPoints(troops, index).find((point) => point.claimantId === 'nis')!;
		expect(nis.marker).toEqual({ shape: 'circle', colour: 'blue', hollow: false });
	});

	it('labels each qualifier briefly', () => {
		const labelled = buildSiteIndex(
			[
				claimRecord('labels', {
					topics: ['casualties'],
					figures: [
						figure(100, 'killed'),
						figure(200, 'wounded', 'about'),
						figure(300, 'casualties', 'up-to'),
						figure(400, 'dead', 'more-than'),
						{ unit: 'casualties', qualifier: 'vague', min: 24, max: 99 },
						{ value: 150, unit: 'casualties', qualifier: 'range', min: 100, max: 200 },
					],
				}),
			],
			[claimantRecord('nis')],
			[]
		);
		expect(chartPoints(casualties, labelled).map((point) => point.label)).toEqual([
			'100',
			'~200',
			'≤300',
			'>400',
			'24–99',
			'100–200',
		]);
	});
});
