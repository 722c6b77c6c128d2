import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	lastBuildStart,
	outputIsOurs,
	recordOutput,
	removeStaleOutput,
} from '../../../src/build/stale-output.ts';

function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'stale-output-'));
	for (const file of [
		'404.html',
		'claims/kept/index.html',
		'claims/gone/index.html',
		'og/claims/a.png',
		'_astro/old.js',
		'.git/HEAD',
	])
		mkdirSync(join(dir, file, '..'), { recursive: true });
	return dir;
}

function write(dir: string, file: string, writtenAt: number): void {
	writeFileSync(join(dir, file), file);
	utimesSync(join(dir, file), writtenAt / 1000, writtenAt / 1000);
}

describe('removeStaleOutput', () => {
	it('removes files no build step wrote or kept, and the folders they leave empty, outside managed folders and .git', () => {
		const dir = site();
		const before = Date.now() - 60_000;
		const since = Date.now() - 30_000;
		for (const file of [
			'claims/kept/index.html',
			'claims/gone/index.html',
			'og/claims/a.png',
			'_astro/old.js',
			'.git/HEAD',
		])
			write(dir, file, before);
		write(dir, '404.html', Date.now());
		const removed = removeStaleOutput(dir, since, new Set([join(dir, 'claims/kept/index.html')]), [
			'og',
		]);
		expect(removed.sort()).toEqual([
			join('_astro', 'old.js'),
			join('claims', 'gone', 'index.html'),
		]);
		expect(existsSync(join(dir, 'claims', 'gone'))).toBe(false);
		expect(existsSync(join(dir, '_astro'))).toBe(false);
		for (const file of ['404.html', 'claims/kept/index.html', 'og/claims/a.png', '.git/HEAD'])
			expect(existsSync(join(dir, file)), file).toBe(true);
	});
});

describe('outputIsOurs', () => {
	it('holds only while the folder is what this cache last recorded', () => {
		const dir = site();
		const record = join(dir, '..', `${dir.split('/').at(-1)}-record.json`);
		write(dir, '404.html', Date.now() - 10_000);
		expect(outputIsOurs(dir, record)).toBe(false);
		recordOutput(dir, record, Date.now() - 5_000);
		expect(outputIsOurs(dir, record)).toBe(true);
		expect(lastBuildStart(dir, record)).toBeLessThan(Date.now());
		expect(outputIsOurs(`${dir}/`, record)).toBe(true);
		expect(outputIsOurs(join(dir, 'elsewhere'), record)).toBe(false);
		// Another build wrote the folder since.
		write(dir, '404.html', Date.now() + 2_000);
		expect(outputIsOurs(dir, record)).toBe(false);
		expect(lastBuildStart(dir, record)).toBeUndefined();
	});
});
