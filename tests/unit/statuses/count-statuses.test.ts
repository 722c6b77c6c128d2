import { describe, expect, it } from 'vitest';
import { countStatuses } from '../../../src/core/statuses/count-statuses.ts';
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
				withStatus('d', 'outdated'),
				withStatus('e', 'mixed'),
			])
		).toEqual([
			{ status: 'claimed', count: 2 },
			{ status: 'corroborated', count: 0 },
			{ status: 'confirmed', count: 0 },
			{ status: 'mixed', count: 1 },
			{ status: 'disputed', count: 1 },
			{ status: 'refuted', count: 0 },
			{ status: 'outdated', count: 1 },
			{ status: 'withdrawn', count: 0 },
		]);
	});

	it('does not count opinions, which are never rated', () => {
		const counts = countStatuses([
			withStatus('a', 'claimed'),
			claimRecord('b', { kind: 'opinion' }),
		]);
		expect(counts.reduce((total, { count }) => total + count, 0)).toBe(1);
	});

	it('lists every status with a count of zero when there are no claims', () => {
		expect(countStatuses([]).map(({ count }) => count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
	});
});
