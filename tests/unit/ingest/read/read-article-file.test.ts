import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
	MAX_ARTICLE_BYTES,
	readArticleFile,
} from '../../../../src/tools/ingest/read/read-article-file.ts';

const folder = mkdtempSync(join(tmpdir(), 'article-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
	const path = join(folder, name);
	writeFileSync(path, content);
	return path;
}

function utf16(text: string, endian: 'le' | 'be', mark: boolean): Uint8Array {
	const bytes: number[] = mark ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
	for (const unit of Array.from(text, (character) => character.charCodeAt(0)))
		bytes.push(...(endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
	return new Uint8Array(bytes);
}

describe('readArticleFile', () => {
	it('reads UTF-8 text, and UTF-16 text that says so with a byte-order mark', async () => {
		await expect(readArticleFile(file('ok.txt', 'Headline\nText’s here.\n'))).resolves.toBe(
			'Headline\nText’s here.\n'
		);
		const text = 'Headline\nTroops’ arrival.\n';
		await expect(readArticleFile(file('le.txt', utf16(text, 'le', true)))).resolves.toBe(text);
		await expect(readArticleFile(file('be.txt', utf16(text, 'be', true)))).resolves.toBe(text);
	});

	it('rejects a missing file, a folder and an empty file', async () => {
		await expect(readArticleFile(join(folder, 'missing.txt'))).rejects.toThrow(
			`cannot read ${join(folder, 'missing.txt')} (ENOENT) — check the path`
		);
		await expect(readArticleFile(folder)).rejects.toThrow(
			`${folder} is a folder — give the article file itself`
		);
		await expect(readArticleFile(file('empty.txt', ' \n\n'))).rejects.toThrow(
			'is empty — give the file that holds the article text'
		);
	});

	it('names a document of another kind and says what to do instead', async () => {
		const pdf = new TextEncoder().encode(
			'%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'
		);
		await expect(readArticleFile(file('report.pdf.txt', pdf))).rejects.toThrow(
			"is a PDF document, not an article page — copy the article's text into a .txt file, or save the web page as HTML, and run again"
		);
		const png = PNG.sync.write(new PNG({ width: 1, height: 1 }));
		await expect(readArticleFile(file('photo.txt', png))).rejects.toThrow('is an image (.png)');
		await expect(
			readArticleFile(file('odd.bin', new Uint8Array([0x43, 0x00, 0x01, 0x02, 0x03, 0x04])))
		).rejects.toThrow('is a binary file, not text');
	});

	it('names UTF-16 without a byte-order mark and older encodings', async () => {
		await expect(
			readArticleFile(file('nomark.txt', utf16('Headline\nSome article text.\n', 'le', false)))
		).rejects.toThrow('looks like UTF-16 text without a byte-order mark — save it as UTF-8');
		await expect(
			readArticleFile(file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])))
		).rejects.toThrow('is not UTF-8 text (it may be Windows-1252 or another older encoding)');
	});

	it('refuses a file larger than any article page before reading it', async () => {
		const huge = file('dump.txt', 'word '.repeat(MAX_ARTICLE_BYTES / 5 + 1));
		const started = performance.now();
		await expect(readArticleFile(huge)).rejects.toThrow(
			/is 4\.0 MB, more than any article page \(the limit is 4\.0 MB\)/
		);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
