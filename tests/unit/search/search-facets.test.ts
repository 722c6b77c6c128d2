import { describe, expect, it } from 'vitest';
import { searchFacets, searchFilterOptions } from '../../../src/site/search/search-facets.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import {
	claimantRecord,
	claimRecord,
	figureOf,
	measureRecord,
	placeRecord,
} from '../support/records.ts';

const index = buildSiteIndex(
	[
		claimRecord('nis-transfer', {
			claimant: 'nis',
			claimed: '2024-10-18',
			topics: ['troop-numbers', 'deployment'],
			places: ['vladivostok'],
			figures: [figureOf('special-forces', 1500, { unit: 'special forces', qualifier: 'about' })],
		}),
		claimRecord('sybiha-demand', { claimant: 'sybiha', claimed: '2025-01', kind: 'opinion' }),
	],
	[claimantRecord('nis', { shortName: 'NIS' }), claimantRecord('sybiha', { shortName: 'Sybiha' })],
	[],
	[
		placeRecord('vladivostok', {
			names: { en: 'Vladivostok', uk: 'Владивосток', ru: 'Владивосток', ko: '블라디보스토크' },
		}),
	],
	[measureRecord('special-forces', { name: 'Special forces shipped to Russia' })]
);

describe('searchFacets', () => {
	it('files a claim under its status, kind, claimant, topics, places and year, with its first day to sort by, and gives its result its status, claimant, date and what each figure counts', () => {
		expect(searchFacets(index.claim('nis-transfer'), index)).toEqual({
			filters: {
				status: ['claimed'],
				kind: ['Fact'],
				claimant: ['NIS'],
				topic: ['troop numbers', 'deployment'],
				place: ['Vladivostok'],
				year: ['2024'],
			},
			date: '2024-10-18',
			meta: {
				status: 'claimed',
				claimant: 'NIS',
				said: '18 Oct 2024',
				figures: 'about 1,500 special forces (Special forces shipped to Russia)',
			},
		});
		const opinion = searchFacets(index.claim('sybiha-demand'), index);
		expect(opinion.filters.status).toEqual(['not rated']);
		expect(opinion.meta).toMatchObject({ status: 'not rated', said: 'January 2025', figures: '' });
	});

	it('offers every value a filter takes, sorted, the newest year first', () => {
		const options = searchFilterOptions(index);
		expect(options.claimant).toEqual(['NIS', 'Sybiha']);
		expect(options.year).toEqual(['2025', '2024']);
		expect(options.status).toEqual(['claimed', 'not rated']);
	});
});
