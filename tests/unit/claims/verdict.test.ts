import { describe, expect, it } from 'vitest';
import { isRated, verdictOf } from '../../../src/core/claims/verdict.ts';
import { claimRecord } from '../support/records.ts';

describe('verdictOf', () => {
	it('gives a fact the status, date and note of its last change, not of later evidence', () => {
		const claim = claimRecord('nis', {
			status: 'corroborated',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' },
				{ date: '2024-10-23', status: 'corroborated', note: 'The US agreed.', source: 'cnn' },
			],
			evidence: [{ date: '2025-04-26', source: 'nk-news', bearing: 'supports', note: 'Later.' }],
		});
		expect(verdictOf(claim.data)).toEqual({
			rated: true,
			status: 'corroborated',
			since: '2024-10-23',
			why: 'The US agreed.',
			source: 'cnn',
		});
		expect(isRated(claim)).toBe(true);
	});

	it('gives an opinion no status, only the reason it is not rated', () => {
		const opinion = claimRecord('sybiha', { kind: 'opinion', whyNotRated: 'A demand.' });
		expect(verdictOf(opinion.data)).toEqual({ rated: false, why: 'A demand.' });
		expect(isRated(opinion)).toBe(false);
	});

	it('rates a prediction like a fact', () => {
		expect(isRated(claimRecord('forecast', { kind: 'prediction' }))).toBe(true);
	});
});
