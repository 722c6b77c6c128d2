import { describe, expect, it } from 'vitest';
import { describeStatusChange } from '../../../src/core/statuses/describe-status-change.ts';

describe('describeStatusChange', () => {
	it('describes the first entry as recorded as', () => {
		expect(describeStatusChange(undefined)).toBe('recorded as');
	});

	it('describes a change with the old status and an arrow', () => {
		expect(describeStatusChange('claimed')).toBe('claimed →');
	});
});
