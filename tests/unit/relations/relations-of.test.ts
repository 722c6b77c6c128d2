import { describe, expect, it } from 'vitest';
import { relationIndex } from '../../../src/core/relations/relations-of.ts';
import type { ClaimRecord } from '../../../src/core/schemas/records.ts';
import { claimRecord } from '../support/records.ts';

/** The relations of one claim among others. */
function relationsOf(claim: ClaimRecord, claims: ClaimRecord[]) {
	return relationIndex(claims)(claim.id);
}

function views(claim: ClaimRecord, claims: ClaimRecord[]) {
	return relationsOf(claim, claims).map((view) => [
		view.direction,
		view.type,
		view.label,
		view.claim.id,
	]);
}

describe('relationsOf', () => {
	const nis = claimRecord('nis-dispatch');
	const kremlin = claimRecord('kremlin-denies', {
		related: [{ type: 'contradicts', claim: 'nis-dispatch' }],
	});
	const zelenskyy = claimRecord('zelenskyy-10000', {
		related: [{ type: 'corroborates', claim: 'nis-dispatch' }],
	});
	const claims = [nis, kremlin, zelenskyy];

	it('shows a relation forwards on the claim that declares it', () => {
		expect(views(kremlin, claims)).toEqual([
			['forward', 'contradicts', 'Contradicts', 'nis-dispatch'],
		]);
	});

	it('shows a relation backwards on the claim it points to, as Contradicted by', () => {
		expect(views(nis, claims)).toEqual([
			['backward', 'contradicts', 'Contradicted by', 'kremlin-denies'],
			['backward', 'corroborates', 'Corroborated by', 'zelenskyy-10000'],
		]);
	});

	it('returns the other claim record itself', () => {
		expect(relationsOf(nis, claims)[0]!.claim).toBe(kremlin);
	});

	it('labels updates and supersedes both ways', () => {
		const old = claimRecord('old');
		const update = claimRecord('update', {
			related: [
				{ type: 'updates', claim: 'old' },
				{ type: 'supersedes', claim: 'old' },
			],
		});
		expect(views(update, [old, update])).toEqual([
			['forward', 'updates', 'Updates', 'old'],
			['forward', 'supersedes', 'Supersedes', 'old'],
		]);
		expect(views(old, [old, update])).toEqual([
			['backward', 'updates', 'Updated by', 'update'],
			['backward', 'supersedes', 'Superseded by', 'update'],
		]);
	});

	it('shows relates-to once when both claims declare it', () => {
		const a = claimRecord('a', { related: [{ type: 'relates-to', claim: 'b' }] });
		const b = claimRecord('b', { related: [{ type: 'relates-to', claim: 'a' }] });
		expect(views(a, [a, b])).toEqual([['forward', 'relates-to', 'Related to', 'b']]);
		expect(views(b, [a, b])).toEqual([['forward', 'relates-to', 'Related to', 'a']]);
	});

	it('shows relates-to as Related to from the other side too', () => {
		const a = claimRecord('a', { related: [{ type: 'relates-to', claim: 'b' }] });
		const b = claimRecord('b');
		expect(views(b, [a, b])).toEqual([['backward', 'relates-to', 'Related to', 'a']]);
	});

	it('shows both directions when two claims contradict each other', () => {
		const a = claimRecord('a', { related: [{ type: 'contradicts', claim: 'b' }] });
		const b = claimRecord('b', { related: [{ type: 'contradicts', claim: 'a' }] });
		expect(views(a, [a, b])).toEqual([
			['forward', 'contradicts', 'Contradicts', 'b'],
			['backward', 'contradicts', 'Contradicted by', 'b'],
		]);
	});

	it('shows a relation declared twice on the same claim once', () => {
		const a = claimRecord('a', {
			related: [
				{ type: 'corroborates', claim: 'b' },
				{ type: 'corroborates', claim: 'b' },
			],
		});
		const b = claimRecord('b');
		expect(views(a, [a, b])).toEqual([['forward', 'corroborates', 'Corroborates', 'b']]);
		expect(views(b, [a, b])).toEqual([['backward', 'corroborates', 'Corroborated by', 'a']]);
	});

	it('leaves out a relation to a claim that is not in the list, such as a draft', () => {
		const a = claimRecord('a', { related: [{ type: 'contradicts', claim: 'unpublished' }] });
		expect(relationsOf(a, [a])).toEqual([]);
	});

	it('lists forward relations before backward ones', () => {
		const a = claimRecord('a', { related: [{ type: 'updates', claim: 'c' }] });
		const b = claimRecord('b', { related: [{ type: 'contradicts', claim: 'a' }] });
		const c = claimRecord('c');
		expect(views(a, [b, c, a])).toEqual([
			['forward', 'updates', 'Updates', 'c'],
			['backward', 'contradicts', 'Contradicted by', 'b'],
		]);
	});

	it('returns nothing for a claim with no relations', () => {
		expect(relationsOf(claimRecord('alone'), [claimRecord('alone'), claimRecord('other')])).toEqual(
			[]
		);
	});
});
