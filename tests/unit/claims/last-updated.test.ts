import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/lib/claims/last-updated.ts';
import { claimRecord } from '../support/records.ts';

describe('lastUpdated', () => {
	it('is the latest day of the status history, the end of an interval included', () => {
		const claim = claimRecord('kremlin', {
			status: 'disputed',
			statusHistory: [
				{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'Denied.' },
				{ date: '2024-10-18', status: 'disputed', note: 'Contradicted.' },
			],
		});
		expect(lastUpdated(claim)).toBe('2024-10-18');
		expect(
			lastUpdated(
				claimRecord('a', {
					statusHistory: [{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'x' }],
				})
			)
		).toBe('2024-10-11');
	});
});
