import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardStaleContentStore } from '../../../src/build/content-store-freshness.ts';

let project: string;
let cache: string;
const store = () => join(cache, 'data-store.json');
const writeStore = () => writeFileSync(store(), '{}');

beforeEach(() => {
	project = mkdtempSync(join(tmpdir(), 'claims-freshness-'));
	cache = join(project, 'node_modules', '.astro');
	for (const folder of ['core/schemas', 'core/statuses', 'tools/ingest'])
		mkdirSync(join(project, 'src', folder), { recursive: true });
	mkdirSync(cache, { recursive: true });
	writeFileSync(
		join(project, 'src', 'content.config.ts'),
		"import { kinds } from './core/schemas/claim.ts';\nexport const collections = { kinds };"
	);
	writeFileSync(
		join(project, 'src', 'core', 'schemas', 'claim.ts'),
		"import { S } from '../statuses/statuses.ts';\nexport const kinds = ['fact', ...S];"
	);
	writeFileSync(
		join(project, 'src', 'core', 'statuses', 'statuses.ts'),
		"export const S = ['claimed'];"
	);
	writeFileSync(join(project, 'src', 'tools', 'ingest', 'draft.ts'), 'export const d = 1;');
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
			join(project, 'src', 'core', 'schemas', 'claim.ts'),
			"import { S } from '../statuses/statuses.ts';\nexport const kinds = ['fact', 'opinion', ...S];"
		);
		expect(discardStaleContentStore(project, cache)).toBe(true);
		expect(existsSync(store())).toBe(false);
	});

	it('drops the store when a module the schemas use changes, such as the list of statuses', () => {
		discardStaleContentStore(project, cache);
		writeStore();
		writeFileSync(
			join(project, 'src', 'core', 'statuses', 'statuses.ts'),
			"export const S = ['mixed'];"
		);
		expect(discardStaleContentStore(project, cache)).toBe(true);
	});

	it('keeps the store when code the content config does not import changes, such as the ingest', () => {
		discardStaleContentStore(project, cache);
		writeStore();
		writeFileSync(join(project, 'src', 'tools', 'ingest', 'draft.ts'), 'export const d = 2;');
		expect(discardStaleContentStore(project, cache)).toBe(false);
		expect(existsSync(store())).toBe(true);
	});

	it('leaves a project with no cache yet alone', () => {
		rmSync(cache, { recursive: true });
		expect(discardStaleContentStore(project, cache)).toBe(false);
		expect(existsSync(cache)).toBe(false);
	});
});
