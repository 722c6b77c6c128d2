import { describe, expect, it } from 'vitest';
import { overtakenBy } from '../../../src/core/claims/overtaken-by.ts';
import { relationIndex } from '../../../src/core/relations/relations-of.ts';
import { claimRecord } from '../support/records.ts';

const cannotConfirm = claimRecord('rutte-cannot-yet-confirm', { claimant: 'rutte' });
const confirms = claimRecord('rutte-confirms', {
	claimant: 'rutte',
	claimed: '2024-10-28',
	related: [{ type: 'updates', claim: 'rutte-cannot-yet-confirm' }],
});
const austin = claimRecord('austin-evidence', {
	claimant: 'pentagon',
	claimed: '2024-10-23',
	related: [{ type: 'relates-to', claim: 'rutte-cannot-yet-confirm' }],
});
const earlier = claimRecord('earlier', {
	claimed: '2024-10-10',
	related: [{ type: 'contradicts', claim: 'rutte-cannot-yet-confirm' }],
});

describe('overtakenBy', () => {
	it('names the same claimant’s later statement when there is one', () => {
		const relations = relationIndex([cannotConfirm, confirms, austin, earlier]);
		expect(
			overtakenBy(cannotConfirm, relations(cannotConfirm.id)).map((claim) => claim.id)
		).toEqual(['rutte-confirms']);
	});

	it('else names the later claims of others that bear on it, never an earlier one', () => {
		const relations = relationIndex([cannotConfirm, austin, earlier]);
		expect(
			overtakenBy(cannotConfirm, relations(cannotConfirm.id)).map((claim) => claim.id)
		).toEqual(['austin-evidence']);
	});

	it('names nothing for a claim no later claim points to', () => {
		const relations = relationIndex([confirms, cannotConfirm]);
		expect(overtakenBy(confirms, relations(confirms.id))).toEqual([]);
	});
});
