import { describe, expect, it } from 'vitest';
import { FIGURE_QUALIFIERS } from '../../../src/core/figures/figure.ts';
import { PLACE_KINDS } from '../../../src/core/places/place-kinds.ts';
import { RELATION_TYPES } from '../../../src/core/relations/relation-types.ts';
import { STATUSES } from '../../../src/core/statuses/statuses.ts';
import { describeZodIssues } from '../../../src/core/validation/describe-zod-issues.ts';
import { COLLECTION_SCHEMAS, type CollectionName } from '../../../src/core/schemas/collections.ts';

/** What the check says about one field of a record that fails its collection's schema. */
function messageAt(collection: CollectionName, record: unknown, path: string): string | undefined {
	const result = COLLECTION_SCHEMAS[collection].safeParse(record);
	if (result.success) throw new Error('the record was expected to fail its schema');
	return describeZodIssues(result.error.issues, () => [], collection).find(
		(issue) => issue.path.join('.') === path
	)?.message;
}

describe('a missing field with a fixed set of values', () => {
	it('is explained by the choices its schema allows', () => {
		expect(messageAt('claims', { statusHistory: [{}] }, 'statusHistory.0.status')).toBe(
			`is missing — add one of ${STATUSES.join(', ')}`
		);
		expect(messageAt('claims', { related: [{ claim: 'x' }] }, 'related.0.type')).toBe(
			`is missing — add one of ${RELATION_TYPES.join(', ')}`
		);
		expect(messageAt('claims', { figures: [{ value: 1 }] }, 'figures.0.qualifier')).toBe(
			`is missing — add one of ${FIGURE_QUALIFIERS.join(', ')}`
		);
	});

	it('names the sort of record when it is the kind', () => {
		expect(messageAt('places', {}, 'kind')).toBe(
			`is missing — add what sort of place this is: one of ${PLACE_KINDS.join(', ')}`
		);
	});
});
