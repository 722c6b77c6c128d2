import { afterEach, describe, expect, it } from 'vitest';
import { daysSinceReview, lastReviewed } from '../../../src/core/claims/review-state.ts';
import { asOfDay } from '../../../src/site/as-of-day.ts';
import { claimRecord } from '../support/records.ts';

afterEach(() => {
	delete process.env['CLAIMS_AS_OF'];
});

describe('lastReviewed and daysSinceReview', () => {
	it('takes the reviewed date when it is later than the last status change', () => {
		expect(lastReviewed(claimRecord('a', { reviewed: '2026-11-26' }))).toBe('2026-11-26');
	});

	it('counts the last status change as a review when there is no later one', () => {
		expect(lastReviewed(claimRecord('a'))).toBe('2024-10-18');
		expect(lastReviewed(claimRecord('a', { reviewed: '2024-01-01' }))).toBe('2024-10-18');
	});

	it('counts whole days from the last review to the day the site is as of', () => {
		expect(daysSinceReview(claimRecord('a'), '2025-04-16')).toBe(180);
	});
});

describe('asOfDay', () => {
	it('uses CLAIMS_AS_OF when set, so a build can be reproduced', () => {
		process.env['CLAIMS_AS_OF'] = '2026-11-26';
		expect(asOfDay()).toBe('2026-11-26');
	});

	it('uses today otherwise', () => {
		expect(asOfDay()).toBe(new Date().toISOString().slice(0, 10));
	});

	it('refuses a value that is not a day, saying what to write', () => {
		process.env['CLAIMS_AS_OF'] = '26/11/2026';
		expect(() => asOfDay()).toThrow(
			'CLAIMS_AS_OF "26/11/2026" is not a day — write it as YYYY-MM-DD, or unset it to use today'
		);
	});
});
