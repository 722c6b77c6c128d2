import { describe, expect, it } from 'vitest';
import {
	figureLines,
	formatSpread,
	headlineMeasures,
	measurePageView,
	measureSummary,
} from '../../../src/site/measures/measure-view.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import {
	claimantRecord,
	claimRecord,
	figureOf,
	measureRecord,
	placeRecord,
} from '../support/records.ts';

const estimate = (id: string, claimant: string, claimed: string, figure: Record<string, unknown>) =>
	claimRecord(id, {
		claimant,
		claimed,
		figures: [figureOf('troops', 0, { qualifier: 'about', ...figure })],
	});

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
		claimRecord('kursk', {
			claimant: 'nis',
			claimed: '2024-11-20',
			figures: [figureOf('troops-in-kursk', 10000, { asOf: '2024-11' })],
		}),
	],
	[claimantRecord('nis'), claimantRecord('hur'), claimantRecord('pentagon')],
	[],
	[placeRecord('russia', { names: { en: 'Russia', uk: 'Росія', ru: 'Россия', ko: '러시아' } })],
	[
		measureRecord('troops', {
			name: 'Troops deployed',
			headline: 1,
			scope: { who: 'Troops', place: 'russia' },
		}),
		measureRecord('troops-in-kursk', { name: 'Troops in Kursk', partOf: ['troops'] }),
		measureRecord('share', { name: 'Share', quantity: 'percent', charted: false }),
	]
);

describe('headlineMeasures', () => {
	it('gives each headline measure its spread and each claimant’s newest estimate on a scale to the largest number', () => {
		const [troops] = headlineMeasures(index, 5);
		expect(troops!.summary).toMatchObject({
			name: 'Troops deployed',
			estimates: 4,
			claimants: 3,
			spread: { text: '6,000–12,000', estimates: 3, latestSaid: '20 Nov 2024' },
		});
		expect(troops!.latest.map(({ estimate }) => estimate.claimId)).toEqual([
			'nis-new',
			'pentagon',
			'hur',
		]);
		expect(troops!.latest.map(({ start, end }) => [start, Math.round(end)])).toEqual([
			[0, 92],
			[50, 75],
			[0, 100],
		]);
	});

	it('lists at most the given number of claimants, and only headline measures with estimates', () => {
		expect(headlineMeasures(index, 2)[0]!.latest).toHaveLength(2);
		expect(headlineMeasures(index, 5).map((headline) => headline.summary.id)).toEqual(['troops']);
	});
});

describe('measurePageView', () => {
	it('says what the measure counts, whom and where, what it is part of and what its parts are', () => {
		const view = measurePageView(index, 'troops', 200);
		expect(view.place).toEqual({ name: 'Russia', href: '/places/russia/' });
		expect(view.parts).toEqual([{ name: 'Troops in Kursk', href: '/figures/troops-in-kursk/' }]);
		expect(measurePageView(index, 'troops-in-kursk', 200).partOf).toEqual([
			{ name: 'Troops deployed', href: '/figures/troops/' },
		]);
		expect(view.chart!.estimates.map((estimate) => estimate.measureId)).toEqual(
			Array(4).fill('troops')
		);
		expect(view.chart!.spread).toMatchObject({
			low: 6000,
			high: 12000,
			meaning: 'the spread of the claimants’ latest estimates',
		});
	});

	it('charts and lists only the newest estimates past its limit, and counts them all', () => {
		const view = measurePageView(index, 'troops', 2);
		expect(view.estimates.map((estimate) => estimate.claimId)).toEqual(['pentagon', 'nis-new']);
		expect(view.chart!.estimates).toHaveLength(2);
		expect(view.summary.estimates).toBe(4);
	});

	it('draws no chart for a measure that is not charted', () => {
		expect(measurePageView(index, 'share', 200).chart).toBeUndefined();
		expect(measureSummary(index, index.measure('share')).spread).toBeUndefined();
	});
});

describe('figureLines', () => {
	it('names what each figure counts, linked, and when it holds', () => {
		expect(figureLines(index, index.claim('kursk').data)).toEqual([
			{
				text: '10,000 troops',
				qualifier: 'exact',
				measure: { name: 'Troops in Kursk', href: '/figures/troops-in-kursk/' },
				asOfWord: 'as of',
				asOf: '2024-11',
			},
		]);
	});
});

describe('formatSpread', () => {
	it('writes one number once, a range with a dash, and a share as a percentage', () => {
		expect(formatSpread({ low: 2, high: 2 }, 'people')).toBe('2');
		expect(formatSpread({ low: 11_000, high: 15_000 }, 'people')).toBe('11,000–15,000');
		expect(formatSpread({ low: 40, high: 50 }, 'percent')).toBe('40–50%');
	});
});
