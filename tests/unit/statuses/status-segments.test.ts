import { describe, expect, it } from 'vitest';
import { statusCountWords, statusSegments } from '../../../src/core/statuses/status-segments.ts';
import { verdictLabel } from '../../../src/core/statuses/verdict-keys.ts';

describe('statusSegments', () => {
	it('lays the non-empty counts end to end across 100 units, in the order given', () => {
		const segments = statusSegments([
			{ status: 'claimed', count: 1 },
			{ status: 'corroborated', count: 0 },
			{ status: 'confirmed', count: 3 },
		]);
		expect(segments).toEqual([
			{ status: 'claimed', count: 1, x: 0, width: 25 },
			{ status: 'confirmed', count: 3, x: 25, width: 75 },
		]);
		expect(statusCountWords(segments, verdictLabel)).toBe('1 claimed, 3 confirmed');
	});

	it('draws nothing for no claims', () => {
		expect(statusSegments([{ status: 'refuted', count: 0 }])).toEqual([]);
	});
});
