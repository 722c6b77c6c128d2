import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-fixture-site.ts';
import { materialiseContent } from '../support/content-fixtures.ts';

/** Every file of a built site with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = join(entry.parentPath, entry.name);
				return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
			})
			.sort(([a], [b]) => a!.localeCompare(b!))
	) as Record<string, string>;
}

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
