import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFiles, sourceVersion } from '../../../src/lib/code-version.ts';
import { MAP_CODE } from '../../../src/lib/maps/cached-map.ts';

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

describe('sourceVersion (issue 26: no cache version bumped by hand)', () => {
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
		const before = sourceVersion(['src/a.ts'], root);
		appendFileSync(join(root, 'src/unrelated.ts'), '// edited\n');
		expect(sourceVersion(['src/a.ts'], root)).toBe(before);
		appendFileSync(join(root, 'lib/d.ts'), 'export const e = 5;\n');
		expect(sourceVersion(['src/a.ts'], root)).not.toBe(before);
	});

	it('misses the map cache when a module the maps are laid out with is edited', () => {
		const files = sourceFiles(MAP_CODE, process.cwd());
		// The label placement and the country names are part of the map's code.
		expect(files).toEqual(
			expect.arrayContaining([
				'src/lib/maps/area-labels.ts',
				'src/lib/maps/basemap.ts',
				'src/lib/charts/place-labels.ts',
			])
		);
		const root = mkdtempSync(join(tmpdir(), 'code-version-maps-'));
		roots.push(root);
		for (const file of files) cpSync(file, join(root, file), { recursive: true });
		const before = sourceVersion(MAP_CODE, root);
		expect(before).toBe(sourceVersion(MAP_CODE, process.cwd()));
		appendFileSync(
			join(root, 'src/lib/charts/place-labels.ts'),
			'\nexport const LEADER_GAP = 2;\n'
		);
		expect(sourceVersion(MAP_CODE, root)).not.toBe(before);
	});

	it('covers how share cards look and are stored', () => {
		expect(sourceFiles(['src/lib/share-image/render-share-image.ts'], process.cwd())).toEqual(
			expect.arrayContaining([
				'src/lib/share-image/share-card.ts',
				'src/lib/share-image/encode-png.ts',
			])
		);
	});
});
