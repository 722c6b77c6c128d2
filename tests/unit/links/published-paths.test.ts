import { describe, expect, it } from 'vitest';
import { mergeLedger, publishedPaths } from '../../../src/site/links/published-paths.ts';
import type { ParsedContent } from '../../../src/core/validation/parse-records.ts';
import {
	claimantRecord,
	claimRecord,
	measureRecord,
	placeRecord,
	sourceRecord,
} from '../support/records.ts';

const record = <T extends { id: string }>(item: T) => ({
	...item,
	file: `${item.id}`,
	subfolder: '',
	body: '',
});

describe('publishedPaths and mergeLedger', () => {
	it('lists published claims, claimants and measures and every source and place, leaving drafts out', () => {
		const content = {
			claims: [record(claimRecord('a')), record(claimRecord('b', { draft: true }))],
			claimants: [record(claimantRecord('nis')), record(claimantRecord('new', { draft: true }))],
			sources: [record(sourceRecord('guardian'))],
			places: [record(placeRecord('kursk'))],
			measures: [
				record(measureRecord('killed')),
				record(measureRecord('proposed', { draft: true })),
			],
		} as unknown as ParsedContent;
		expect(publishedPaths(content)).toEqual([
			'/claims/a/',
			'/claimants/nis/',
			'/sources/guardian/',
			'/places/kursk/',
			'/figures/killed/',
		]);
	});

	it('adds new paths, keeps every old one, sorts and ends with a newline', () => {
		expect(mergeLedger(['/claims/z/', '/claims/gone/', ''], ['/claims/a/', '/claims/z/'])).toBe(
			'/claims/a/\n/claims/gone/\n/claims/z/\n'
		);
	});
});
