import { describe, expect, it } from 'vitest';
import { knownOutlet } from '../../../../../src/lib/ingest/extract/outlet/known-outlets.ts';

describe('knownOutlet', () => {
	it('names the outlet of its publishing company', () => {
		expect(knownOutlet('Guardian News & Media Limited')).toBe('The Guardian');
		expect(knownOutlet('Thomson Reuters')).toBe('Reuters');
	});

	it('ignores case and surrounding spaces', () => {
		expect(knownOutlet('  the guardian ')).toBe('The Guardian');
	});

	it('knows no outlet it has not been told of', () => {
		expect(knownOutlet('Getty Images')).toBeUndefined();
	});
});
