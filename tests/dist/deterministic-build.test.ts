import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-fixture-site.ts';
import { materialiseContent } from '../support/content-fixtures.ts';
import { fingerprint } from '../support/folder-fingerprint.ts';

describe('two builds of the same content', () => {
	it('produce byte-identical sites, each from a cold cache', { timeout: 120_000 }, () => {
		const { root } = materialiseContent('accepted-renamed-and-withdrawn-claims');
		const first = buildSite(root, { coldCache: true });
		const second = buildSite(root, { coldCache: true });
		const a = fingerprint(first);
		const b = fingerprint(second);
		expect(Object.keys(a).length).toBeGreaterThan(20);
		expect(b).toEqual(a);
	});
});
