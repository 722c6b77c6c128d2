import { describe, expect, it } from 'vitest';
import { shareImageInput } from '../../../src/site/share-image/share-image-input.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

describe('shareImageInput', () => {
	it('formats the claim the way its page does', () => {
		const claim = claimRecord('nis-1500-special-forces', {
			title: 'NIS: 1,500 special forces shipped to Vladivostok',
			claimed: '2024-10-08/2024-10-13',
			status: 'disputed',
			statusHistory: [{ date: '2024-10-18', status: 'disputed', note: 'Denied.' }],
			figures: [
				{ value: 1500, unit: 'special operation forces', qualifier: 'exact', measure: 'forces' },
				{ min: 24, max: 99, unit: 'officers', qualifier: 'vague', measure: 'officers' },
			],
		});
		const claimant = claimantRecord('nis', { name: 'National Intelligence Service (South Korea)' });
		expect(shareImageInput(claim, claimant, 'Claims tracker')).toEqual({
			title: 'NIS: 1,500 special forces shipped to Vladivostok',
			claimantName: 'National Intelligence Service (South Korea)',
			verdict: 'disputed',
			verdictDefinition: 'Credible contrary evidence or a denial.',
			claimed: '8–13 Oct 2024',
			figures: ['1,500 special operation forces', 'dozens of officers (24–99)'],
			siteName: 'Claims tracker',
		});
	});
});
