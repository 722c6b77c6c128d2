import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/core/claims/last-updated.ts';
import { claimRecord } from '../support/records.ts';

describe('lastUpdated', () => {
	it('is the latest day of the status history, the end of an interval included', () => {
		const claim = claimRecord('kremlin', {
			claimed: '2024-10-07/2024-10-11',
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
					claimed: '2024-10-07/2024-10-11',
					statusHistory: [{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'x' }],
				})
			)
		).toBe('2024-10-11');
	});

	it('counts evidence that came after the last status change', () => {
		const claim = claimRecord('kremlin', {
			evidence: [{ date: '2025-04-26', source: 'guardian', bearing: 'context', note: 'Later.' }],
		});
		expect(lastUpdated(claim)).toBe('2025-04-26');
	});

	it('is the day an opinion was made when nothing bears on it yet', () => {
		expect(lastUpdated(claimRecord('opinion', { kind: 'opinion', claimed: '2024-10-17' }))).toBe(
			'2024-10-17'
		);
	});
});
