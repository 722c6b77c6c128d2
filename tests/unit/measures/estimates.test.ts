import { describe, expect, it } from 'vitest';
import {
	estimateSpread,
	figureAsOf,
	latestPerClaimant,
	measureEstimates,
} from '../../../src/site/measures/estimates.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { FigureSchema } from '../../../src/core/schemas/figure.ts';
import { claimantRecord, claimRecord, figureOf, measureRecord } from '../support/records.ts';

const index = buildSiteIndex(
	[
		claimRecord('seoul-12000', {
			claimant: 'nis',
			claimed: '2024-10-18',
			figures: [figureOf('troops', 12_000), figureOf('brigades', 4, { unit: 'brigades' })],
		}),
		claimRecord('kyiv-10000', {
			claimant: 'zelenskyy',
			claimed: '2024-10-17',
			figures: [
				figureOf('troops', 10_000, { unit: 'Soldiers' }),
				figureOf('troops-in-kursk', 3_000, { unit: 'personnel in Kursk', qualifier: 'more-than' }),
			],
		}),
		claimRecord('kyiv-later', {
			claimant: 'zelenskyy',
			claimed: '2025-01-05',
			event: '2024-12',
			figures: [figureOf('troops', 11_000, { qualifier: 'about' })],
		}),
		claimRecord('kyiv-refuted', {
			claimant: 'zelenskyy',
			claimed: '2025-02-01',
			status: 'refuted',
			statusHistory: [
				{ date: '2025-02-01', status: 'claimed', note: 'Said.' },
				{ date: '2025-02-02', status: 'refuted', note: 'Shown false.', source: 'other' },
			],
			figures: [figureOf('troops', 90_000)],
		}),
		claimRecord('draft-troops', {
			claimed: '2024-10-20',
			figures: [figureOf('troops', 100_000)],
			draft: true,
		}),
		claimRecord('sent-in-winter', {
			claimant: 'nis',
			claimed: '2025-02-27',
			event: '2025-01/2025-02',
			figures: [
				figureOf('reinforcements', 0, {
					value: null,
					qualifier: 'range',
					min: 1_000,
					max: 3_000,
				}),
			],
		}),
	],
	[
		claimantRecord('nis', { shortName: 'NIS' }),
		claimantRecord('zelenskyy', {
			shortName: 'Zelenskyy',
			marker: { shape: 'star', colour: 'green', hollow: true },
		}),
	],
	[],
	[],
	[
		measureRecord('troops'),
		measureRecord('troops-in-kursk'),
		measureRecord('brigades', { quantity: 'units', charted: false }),
		measureRecord('reinforcements', { kind: 'flow' }),
	]
);

describe('figureAsOf', () => {
	const figure = FigureSchema.parse(figureOf('troops', 1));
	it('is the figure’s own date, else the claim’s event date, else when it was claimed', () => {
		expect(
			figureAsOf({ claimed: '2024-10-18', event: '2024-10' }, { ...figure, asOf: '2024-09' })
		).toBe('2024-09');
		expect(figureAsOf({ claimed: '2024-10-18', event: '2024-10' }, figure)).toBe('2024-10');
		expect(figureAsOf({ claimed: '2024-10-18' }, figure)).toBe('2024-10-18');
	});
});

describe('measureEstimates', () => {
	it('holds only the figures of the measure, of published claims, in the order of the dates they hold', () => {
		expect(measureEstimates(index, 'troops').map((e) => [e.claimId, e.figureText])).toEqual([
			['kyiv-10000', '10,000 Soldiers'],
			['seoul-12000', '12,000 troops'],
			['kyiv-later', 'about 11,000 troops'],
			['kyiv-refuted', '90,000 troops'],
		]);
		expect(measureEstimates(index, 'brigades').map((e) => e.figureText)).toEqual(['4 brigades']);
	});

	it('dates each estimate by when it holds, and keeps when it was said', () => {
		const later = measureEstimates(index, 'troops').find((e) => e.claimId === 'kyiv-later')!;
		expect(later.asOf.edtf).toBe('2024-12');
		expect(later.said.edtf).toBe('2025-01-05');
		const [sent] = measureEstimates(index, 'reinforcements');
		expect(sent).toMatchObject({
			kind: 'flow',
			value: null,
			min: 1_000,
			max: 3_000,
			label: '1,000–3,000',
		});
		expect(sent!.asOf.edtf).toBe('2025-01/2025-02');
	});

	it('carries what charts and tables need: qualifier, drawing, claimant, claim, status and a short label', () => {
		const [moreThan] = measureEstimates(index, 'troops-in-kursk');
		expect(moreThan).toMatchObject({
			measureId: 'troops-in-kursk',
			qualifier: 'more-than',
			drawing: 'more-than',
			value: 3_000,
			claimId: 'kyiv-10000',
			claimTitle: 'Title of kyiv-10000',
			claimantId: 'zelenskyy',
			claimantName: 'Zelenskyy',
			verdict: 'claimed',
			label: '>3,000',
		});
	});

	it('draws each claimant as its record names it, the same for every measure, and the others with free drawings', () => {
		const star = { shape: 'star', colour: 'green', hollow: true };
		for (const measure of ['troops', 'troops-in-kursk'])
			for (const estimate of measureEstimates(index, measure).filter(
				(e) => e.claimantId === 'zelenskyy'
			))
				expect(estimate.marker).toEqual(star);
		const nis = measureEstimates(index, 'troops').find((e) => e.claimantId === 'nis')!;
		expect(nis.marker).toEqual({ shape: 'circle', colour: 'blue', hollow: false });
	});

	it('labels each qualifier briefly', () => {
		const labelled = buildSiteIndex(
			[
				claimRecord('labels', {
					figures: [
						figureOf('killed', 100),
						figureOf('killed', 200, { qualifier: 'about' }),
						figureOf('killed', 300, { qualifier: 'up-to' }),
						figureOf('killed', 400, { qualifier: 'more-than' }),
						figureOf('killed', 0, { value: null, qualifier: 'vague', min: 24, max: 99 }),
						figureOf('killed', 150, { qualifier: 'range', min: 100, max: 200 }),
					],
				}),
			],
			[claimantRecord('nis')],
			[],
			[],
			[measureRecord('killed')]
		);
		expect(measureEstimates(labelled, 'killed').map((e) => e.label)).toEqual([
			'100',
			'~200',
			'≤300',
			'>400',
			'24–99',
			'100–200',
		]);
	});
});

describe('latestPerClaimant and estimateSpread', () => {
	it('takes each claimant’s newest estimate, setting refuted and withdrawn claims aside', () => {
		expect(latestPerClaimant(measureEstimates(index, 'troops')).map((e) => e.claimId)).toEqual([
			'kyiv-later',
			'seoul-12000',
		]);
	});

	it('spans the numbers the latest estimates state, and says when the newest was said', () => {
		const spread = estimateSpread(measureEstimates(index, 'troops'))!;
		expect([spread.low, spread.high]).toEqual([11_000, 12_000]);
		expect(spread.latestSaid.edtf).toBe('2025-01-05');
		expect(spread.from.edtf).toBe('2024-10-18');
		expect(spread.estimates).toHaveLength(2);
	});

	it('counts a claimant’s latest estimate only while it holds within six months of the newest', () => {
		const dated = buildSiteIndex(
			[
				claimRecord('old', {
					claimant: 'white-house',
					claimed: '2024-10-23',
					figures: [figureOf('troops', 3_000)],
				}),
				claimRecord('newer', {
					claimant: 'nis',
					claimed: '2025-04-30',
					figures: [figureOf('troops', 15_000)],
				}),
				claimRecord('recent', {
					claimant: 'uk',
					claimed: '2025-01-06',
					figures: [figureOf('troops', 12_000)],
				}),
			],
			['white-house', 'nis', 'uk'].map((id) => claimantRecord(id)),
			[],
			[],
			[measureRecord('troops')]
		);
		const spread = estimateSpread(measureEstimates(dated, 'troops'))!;
		expect(spread.estimates.map((e) => e.claimId)).toEqual(['newer', 'recent']);
		expect([spread.low, spread.high]).toEqual([12_000, 15_000]);
	});

	it('has no spread for a measure over periods, whose numbers are not one question', () => {
		expect(estimateSpread(measureEstimates(index, 'reinforcements'))).toBeUndefined();
		expect(estimateSpread([])).toBeUndefined();
	});
});
