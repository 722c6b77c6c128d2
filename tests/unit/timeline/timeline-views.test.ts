import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { entryStatus, timelineViews } from '../../../src/site/timeline/timeline-views.ts';
import { claimantRecord, claimRecord, placeRecord } from '../support/records.ts';

const index = buildSiteIndex(
	[
		claimRecord('nis-transfer', {
			claimant: 'nis',
			event: '2024-10-08/2024-10-13',
			topics: ['deployment'],
			places: ['vladivostok'],
		}),
		claimRecord('kremlin-denial', {
			claimant: 'kremlin',
			status: 'disputed',
			statusHistory: [
				{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'Denied.' },
				{ date: '2024-10-18', status: 'disputed', note: 'Contradicted.' },
			],
		}),
	],
	[claimantRecord('nis'), claimantRecord('kremlin'), claimantRecord('silent')],
	[],
	[
		placeRecord('vladivostok', {
			names: { en: 'Vladivostok', uk: 'Владивосток', ru: 'Владивосток', ko: '블라디보스토크' },
		}),
	]
);
const views = timelineViews(index);

describe('timelineViews', () => {
	it('publishes both orders, and one view per claimant, status, kind, topic and place that has entries', () => {
		expect(views.map((view) => view.path)).toEqual([
			'/timeline/',
			'/timeline/claimed/',
			'/timeline/claimants/kremlin/',
			'/timeline/claimants/nis/',
			'/timeline/statuses/claimed/',
			'/timeline/statuses/disputed/',
			'/timeline/kinds/fact/',
			'/timeline/topics/deployment/',
			'/timeline/places/vladivostok/',
		]);
		const deployment = views.find((view) => view.path === '/timeline/topics/deployment/')!;
		expect(deployment.entries.map((entry) => entry.anchor)).toEqual(['claim-nis-transfer']);
	});

	it('filters a claimant view to that claimant’s claims and their status changes', () => {
		const kremlin = views.find((view) => view.path === '/timeline/claimants/kremlin/')!;
		expect(kremlin.entries.map((entry) => entry.anchor)).toEqual([
			'claim-kremlin-denial',
			'status-kremlin-denial-1',
		]);
		expect(kremlin.filter).toEqual({ kind: 'claimant', id: 'kremlin' });
	});

	it('files a status change under the status it led to, and a claim under its current status', () => {
		const disputed = views.find((view) => view.path === '/timeline/statuses/disputed/')!;
		expect(disputed.entries.map((entry) => [entry.anchor, entryStatus(entry)])).toEqual([
			['claim-kremlin-denial', 'disputed'],
			['status-kremlin-denial-1', 'disputed'],
		]);
	});
});
