import { describe, expect, it } from 'vitest';
import { buildClaimView } from '../../../src/site/claims/claim-view.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, placeRecord, sourceRecord } from '../support/records.ts';

const graded = claimRecord('nis-transfer', {
	status: 'confirmed',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
		{ date: '2024-11-20', status: 'confirmed', note: 'Confirmed.', source: 'yonhap' },
	],
	evidence: [{ date: '2024-12-01', source: 'bbc', bearing: 'supports', note: 'Seen in Kursk.' }],
	places: ['kursk'],
});
const withdrawn = claimRecord('nis-withdrawn', {
	status: 'withdrawn',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
		{
			date: '2024-10-20',
			status: 'withdrawn',
			note: 'The outlet took the report down.',
			source: 'yonhap',
			retractedBy: 'source',
		},
	],
});
const index = buildSiteIndex(
	[graded, withdrawn],
	[claimantRecord('nis')],
	[sourceRecord('guardian'), sourceRecord('yonhap', { outlet: 'Yonhap' }), sourceRecord('bbc')],
	[placeRecord('kursk')]
);

describe('buildClaimView', () => {
	it('holds every source the page cites: its quotes’, its status changes’ and its evidence log’s', () => {
		const view = buildClaimView(index, 'nis-transfer');
		expect(Object.keys(view.sources).sort()).toEqual(['bbc', 'guardian', 'yonhap']);
		expect(view.claimant.id).toBe('nis');
		expect(view.places.map((place) => place.id)).toEqual(['kursk']);
		expect(view.locator.map((place) => place.id)).toEqual(['kursk']);
		expect(view.retractedBy).toBeUndefined();
	});

	it('names who retracted a withdrawn claim, and maps nothing for a claim that names no place', () => {
		const view = buildClaimView(index, 'nis-withdrawn');
		expect(view.retractedBy).toBe('Yonhap');
		expect(view.locator).toEqual([]);
	});

	it('is plain data, so its hash is the page’s cache key', () => {
		const view = buildClaimView(index, 'nis-transfer');
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});
});
