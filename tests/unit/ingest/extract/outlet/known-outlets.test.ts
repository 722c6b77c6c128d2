import { describe, expect, it } from 'vitest';
import {
	knownOutlet,
	outletOfAddress,
} from '../../../../../src/tools/ingest/extract/outlet/known-outlets.ts';

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

describe('outletOfAddress', () => {
	it('names the outlet whose domain an address is on, with or without www', () => {
		expect(outletOfAddress('https://www.theguardian.com/world/2023/may/12/moura')).toBe(
			'The Guardian'
		);
		expect(outletOfAddress('https://apnews.com/article/mali-wagner')).toBe('The Associated Press');
	});

	it('names no outlet for an unknown domain or no address', () => {
		expect(outletOfAddress('https://example.org/news/1')).toBeUndefined();
		expect(outletOfAddress(undefined)).toBeUndefined();
	});
});
