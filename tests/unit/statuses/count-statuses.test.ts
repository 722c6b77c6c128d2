import { describe, expect, it } from 'vitest';
import { countStatuses } from '../../../src/lib/statuses/count-statuses.ts';
import { claimRecord } from '../support/records.ts';

function withStatus(id: string, status: string) {
	return claimRecord(id, {
		status,
		statusHistory: [{ date: '2024-10-18', status, note: 'Note.' }],
	});
}

describe('countStatuses', () => {
	it('counts each status in scale order, zeros included', () => {
		expect(
			countStatuses([
				withStatus('a', 'claimed'),
				withStatus('b', 'disputed'),
				withStatus('c', 'claimed'),
				withStatus('d', 'withdrawn'),
			])
		).toEqual([
			{ status: 'claimed', count: 2 },
			{ status: 'corroborated', count: 0 },
			{ status: 'confirmed', count: 0 },
			{ status: 'disputed', count: 1 },
			{ status: 'refuted', count: 0 },
			{ status: 'withdrawn', count: 1 },
		]);
	});

	it('lists every status with a count of zero when there are no claims', () => {
		expect(countStatuses([]).map(({ count }) => count)).toEqual([0, 0, 0, 0, 0, 0]);
	});
});
