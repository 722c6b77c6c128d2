import { describe, expect, it } from 'vitest';
import { latestStatusChanges } from '../../../src/core/statuses/latest-status-changes.ts';
import { claimRecord } from '../support/records.ts';

const nis = claimRecord('nis', {
	status: 'confirmed',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'Recorded.' },
		{ date: '2024-10-25', status: 'corroborated', note: 'Imagery.' },
		{ date: '2024-11', status: 'confirmed', note: 'Acknowledged.' },
	],
});
const kremlin = claimRecord('kremlin', {
	status: 'disputed',
	statusHistory: [
		{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'Denied.' },
		{ date: '2024-10-18', status: 'disputed', note: 'NIS report.' },
	],
});

function summary(limit: number) {
	return latestStatusChanges([nis, kremlin], limit).map((change) => [
		change.claim.id,
		change.date.edtf,
		change.from ?? null,
		change.to,
	]);
}

describe('latestStatusChanges', () => {
	it('lists every history entry newest first, the first recording included', () => {
		expect(summary(10)).toEqual([
			['nis', '2024-11', 'corroborated', 'confirmed'],
			['nis', '2024-10-25', 'claimed', 'corroborated'],
			['kremlin', '2024-10-18', 'claimed', 'disputed'],
			['nis', '2024-10-18', null, 'claimed'],
			['kremlin', '2024-10-07/2024-10-11', null, 'claimed'],
		]);
	});

	it('orders changes on the same date by claim id', () => {
		expect(
			summary(10)
				.slice(2, 4)
				.map(([id]) => id)
		).toEqual(['kremlin', 'nis']);
	});

	it('keeps only the newest changes up to the limit', () => {
		expect(summary(2)).toEqual([
			['nis', '2024-11', 'corroborated', 'confirmed'],
			['nis', '2024-10-25', 'claimed', 'corroborated'],
		]);
	});

	it('returns nothing for a limit of 0 or no claims', () => {
		expect(latestStatusChanges([nis, kremlin], 0)).toEqual([]);
		expect(latestStatusChanges([], 8)).toEqual([]);
	});

	it('carries the note, the parsed date and the claim record', () => {
		const [latest] = latestStatusChanges([nis], 1);
		expect(latest).toEqual({
			claim: nis,
			position: 2,
			date: expect.objectContaining({ kind: 'point', first: '2024-11-01', last: '2024-11-30' }),
			from: 'corroborated',
			to: 'confirmed',
			note: 'Acknowledged.',
		});
	});
});
