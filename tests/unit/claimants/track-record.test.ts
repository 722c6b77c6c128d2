import { describe, expect, it } from 'vitest';
import { trackRecord } from '../../../src/site/claimants/track-record.ts';
import { claimRecord } from '../support/records.ts';

describe('trackRecord', () => {
	it('counts facts and predictions by status, and those that came to an outcome after they were made', () => {
		const laterConfirmed = claimRecord('a', {
			status: 'confirmed',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'Said.' },
				{ date: '2024-11-13', status: 'confirmed', note: 'Shown.', source: 'other' },
			],
		});
		const confirmedAtOnce = claimRecord('b', {
			status: 'confirmed',
			statusHistory: [{ date: '2024-10-18', status: 'confirmed', note: 'Shown.', source: 'other' }],
		});
		const opinion = claimRecord('c', { kind: 'opinion' });
		const record = trackRecord([laterConfirmed, confirmedAtOnce, opinion]);
		expect(record.rated).toBe(2);
		expect(record.opinions).toBe(1);
		expect(record.byStatus.find((entry) => entry.status === 'confirmed')?.count).toBe(2);
		expect(record.later).toEqual({ confirmed: 1, refuted: 0, outdated: 0 });
	});
});
