import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardStaleContentStore } from '../../../src/lib/content-store-freshness.ts';

let project: string;
let cache: string;
const store = () => join(cache, 'data-store.json');
const writeStore = () => writeFileSync(store(), '{}');

beforeEach(() => {
	project = mkdtempSync(join(tmpdir(), 'claims-freshness-'));
	cache = join(project, 'node_modules', '.astro');
	mkdirSync(join(project, 'src', 'schemas'), { recursive: true });
	mkdirSync(join(project, 'src', 'lib', 'statuses'), { recursive: true });
	mkdirSync(cache, { recursive: true });
	writeFileSync(join(project, 'src', 'content.config.ts'), 'export const collections = {};');
	writeFileSync(join(project, 'src', 'schemas', 'claim.ts'), "export const kinds = ['fact'];");
	writeFileSync(
		join(project, 'src', 'lib', 'statuses', 'statuses.ts'),
		"export const S = ['claimed'];"
	);
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('discardStaleContentStore', () => {
	it('keeps the store while the parsing code is unchanged, and drops it when a schema changes', () => {
		writeStore();
		expect(discardStaleContentStore(project, cache)).toBe(true);
		writeStore();
		expect(discardStaleContentStore(project, cache)).toBe(false);
		expect(existsSync(store())).toBe(true);
		writeFileSync(
			join(project, 'src', 'schemas', 'claim.ts'),
			"export const kinds = ['fact', 'opinion'];"
		);
		expect(discardStaleContentStore(project, cache)).toBe(true);
		expect(existsSync(store())).toBe(false);
	});

	it('drops the store when a module the schemas use changes, such as the list of statuses', () => {
		discardStaleContentStore(project, cache);
		writeStore();
		writeFileSync(
			join(project, 'src', 'lib', 'statuses', 'statuses.ts'),
			"export const S = ['mixed'];"
		);
		expect(discardStaleContentStore(project, cache)).toBe(true);
	});

	it('leaves a project with no cache yet alone', () => {
		rmSync(cache, { recursive: true });
		expect(discardStaleContentStore(project, cache)).toBe(false);
		expect(existsSync(cache)).toBe(false);
	});
});
