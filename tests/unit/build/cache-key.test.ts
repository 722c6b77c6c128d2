import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, recipeVersion, sourceFiles } from '../../../src/build/cache-key.ts';
import { MAP_CODE } from '../../../src/build/maps/cached-map.ts';
import { LAYOUT_CODE } from '../../../src/build/content-layout-report.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'code-version-'));
	roots.push(root);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('recipeVersion (issue 26: no cache version bumped by hand)', () => {
	it('covers an entry module and everything it imports, and nothing else', () => {
		const root = project({
			'src/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
			'src/b.ts': "import type { C } from '../lib/c.ts';\nexport const b = 1;\n",
			'lib/c.ts': "export type C = number;\nconst later = import('./d.ts');\n",
			'lib/d.ts': 'export const d = 4;\n',
			'src/unrelated.ts': 'export const u = 0;\n',
		});
		expect(sourceFiles(['src/a.ts'], root)).toEqual([
			'lib/c.ts',
			'lib/d.ts',
			'src/a.ts',
			'src/b.ts',
		]);
		const before = recipeVersion({ code: ['src/a.ts'] }, root);
		appendFileSync(join(root, 'src/unrelated.ts'), '// edited\n');
		expect(recipeVersion({ code: ['src/a.ts'] }, root)).toBe(before);
		appendFileSync(join(root, 'lib/d.ts'), 'export const e = 5;\n');
		expect(recipeVersion({ code: ['src/a.ts'] }, root)).not.toBe(before);
	});

	it('misses the map cache when a module the maps are laid out with is edited', () => {
		const files = sourceFiles(MAP_CODE, process.cwd());
		// The label placement and the country names are part of the map's code.
		expect(files).toEqual(
			expect.arrayContaining([
				'src/site/maps/area-labels.ts',
				'src/site/maps/basemap.ts',
				'src/site/charts/place-labels.ts',
			])
		);
		const root = mkdtempSync(join(tmpdir(), 'code-version-maps-'));
		roots.push(root);
		for (const file of files) cpSync(file, join(root, file), { recursive: true });
		const before = recipeVersion({ code: MAP_CODE }, root);
		expect(before).toBe(recipeVersion({ code: MAP_CODE }, process.cwd()));
		appendFileSync(
			join(root, 'src/site/charts/place-labels.ts'),
			'\nexport const LEADER_GAP = 2;\n'
		);
		expect(recipeVersion({ code: MAP_CODE }, root)).not.toBe(before);
	});

	it('covers the layout memo’s code: how files are laid out, read and written', () => {
		expect(sourceFiles(LAYOUT_CODE, process.cwd())).toEqual(
			expect.arrayContaining([
				'src/core/yaml/content-layout.ts',
				'src/core/yaml/content-file.ts',
				'src/core/yaml/content-yaml.ts',
				'src/core/schema-fields/field-tree.ts',
			])
		);
	});

	it('covers how share cards look and are stored', () => {
		expect(sourceFiles(['src/site/share-image/render-share-image.ts'], process.cwd())).toEqual(
			expect.arrayContaining([
				'src/site/share-image/share-card.ts',
				'src/site/share-image/encode-png.ts',
			])
		);
	});

	it('changes with the libraries and the data a recipe names, and says which library is missing', () => {
		const root = project({ 'src/a.ts': 'export const a = 1;\n' });
		const bare = recipeVersion({ code: ['src/a.ts'] }, root);
		expect(recipeVersion({ code: ['src/a.ts'], libraries: ['yaml'] }, root)).not.toBe(bare);
		expect(recipeVersion({ code: ['src/a.ts'], data: { colour: 'red' } }, root)).not.toBe(
			recipeVersion({ code: ['src/a.ts'], data: { colour: 'blue' } }, root)
		);
		expect(() =>
			recipeVersion({ code: ['src/a.ts'], libraries: ['no-such-package'] }, root)
		).toThrow('no-such-package is not installed — run npm ci');
	});
});

describe('cacheKey', () => {
	it('keys equal inputs alike whatever order their fields were built in, and other versions apart', () => {
		expect(cacheKey('v1', { a: 1, b: [2, { c: 3, d: 4 }] })).toBe(
			cacheKey('v1', { b: [2, { d: 4, c: 3 }], a: 1 })
		);
		expect(cacheKey('v1', { a: 1 })).not.toBe(cacheKey('v2', { a: 1 }));
		expect(cacheKey('v1', { a: 1 })).not.toBe(cacheKey('v1', { a: 2 }));
	});
});
