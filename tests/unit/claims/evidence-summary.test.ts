import { describe, expect, it } from 'vitest';
import { summariseEvidence } from '../../../src/core/claims/evidence-summary.ts';

describe('summariseEvidence', () => {
	it('says how many reports bear on a rated claim and how, in the order of the bearings', () => {
		expect(
			summariseEvidence(['contradicts', 'supports', 'supports', 'context'], { rated: true })
		).toBe(
			'4 reports bear on this claim without changing its status: 2 support it, 1 runs against it, 1 gives context'
		);
	});

	it('tallies reports that all bear the same way', () => {
		expect(summariseEvidence(['contradicts', 'contradicts'], { rated: true })).toBe(
			'2 reports bear on this claim without changing its status: 2 run against it'
		);
	});

	it('names a single report without a tally, since its entry says how it bears', () => {
		expect(summariseEvidence(['supports'], { rated: true })).toBe(
			'1 report bears on this claim without changing its status'
		);
	});

	it('does not speak of a status for an opinion, which has none', () => {
		expect(summariseEvidence(['supports', 'context'], { rated: false })).toBe(
			'2 reports bear on this claim: 1 supports it, 1 gives context'
		);
	});
});
