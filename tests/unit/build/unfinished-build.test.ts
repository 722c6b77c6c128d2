import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	finishPageCacheBuild,
	startPageCacheBuild,
} from '../../../src/build/page-cache/unfinished-build.ts';

const manifestOf = (cacheDir: string) => join(cacheDir, 'incremental-build.json');

describe('a build that stops partway', () => {
	it('makes the next build forget Astro’s page-cache keys; a finished one keeps them', () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'claims-unfinished-'));
		// A finished build: the next one keeps the manifest.
		expect(startPageCacheBuild(cacheDir)).toBe(false);
		writeFileSync(manifestOf(cacheDir), '{}');
		finishPageCacheBuild(cacheDir);
		expect(startPageCacheBuild(cacheDir)).toBe(false);
		expect(existsSync(manifestOf(cacheDir))).toBe(true);
		// That build stops without finishing: the next one drops the manifest, so every keyed page renders.
		expect(startPageCacheBuild(cacheDir)).toBe(true);
		expect(existsSync(manifestOf(cacheDir))).toBe(false);
		writeFileSync(manifestOf(cacheDir), '{}');
		finishPageCacheBuild(cacheDir);
		expect(startPageCacheBuild(cacheDir)).toBe(false);
		expect(existsSync(manifestOf(cacheDir))).toBe(true);
	});
});
