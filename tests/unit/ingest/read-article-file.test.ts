import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/lib/ingest/read-article-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'article-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
}

describe('readArticleFile', () => {
	it('reads UTF-8 text', () => {
		expect(readArticleFile(file('ok.txt', 'Headline\nText’s here.\n'))).toBe(
			'Headline\nText’s here.\n'
		);
	});

	it('rejects a missing file, a folder, an empty file, a binary file and other encodings', () => {
		expect(() => readArticleFile(join(folder, 'missing.txt'))).toThrow(
			`cannot read ${join(folder, 'missing.txt')} (ENOENT) — check the path`
		);
		expect(() => readArticleFile(folder)).toThrow(
			`${folder} is a folder — give the article file itself`
		);
		expect(() => readArticleFile(file('empty.txt', ' \n\n'))).toThrow(
			'is empty — give the file that holds the article text'
		);
		expect(() =>
			readArticleFile(file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))
		).toThrow('is a binary file, not text — save the article as plain text or Markdown');
		expect(() =>
			readArticleFile(file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])))
		).toThrow('is not UTF-8 text — save it as UTF-8');
	});
});
