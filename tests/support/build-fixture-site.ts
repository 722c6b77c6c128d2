import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { materialiseContent } from './content-fixtures.ts';

/** Builds the real site from fixture content (the valid site with the given cases laid over it) into a temporary folder. */
export function buildFixtureSite(...cases: string[]): string {
	return buildSite(materialiseContent(...cases).root);
}

/** One cache shared by the fixture builds of a test run, so their share images are drawn once. */
const FIXTURE_CACHE = join(tmpdir(), 'claims-fixture-build-cache');

/**
 * Builds the real site from a content folder, as of a fixed day so the output does not depend on when the test runs:
 * into a new temporary folder, or `outDir`. `coldCache` gives the build an empty cache of its own; `cacheDir` names
 * the cache to use (for a series of builds); `log` collects what the build printed.
 */
export function buildSite(
	contentRoot: string,
	{
		coldCache = false,
		outDir,
		cacheDir,
		log,
	}: { coldCache?: boolean; outDir?: string; cacheDir?: string; log?: string[] } = {}
): string {
	const work = mkdtempSync(join(tmpdir(), 'claims-site-'));
	outDir ??= join(work, 'dist');
	const env: Record<string, string> = {
		CLAIMS_CONTENT_DIR: contentRoot,
		CLAIMS_AS_OF: '2026-11-26',
	};
	// Never the site's own cache (node_modules/.astro): the deploy workflow saves that one for the next run.
	env['CLAIMS_CACHE_DIR'] = cacheDir ?? (coldCache ? join(work, 'cache') : FIXTURE_CACHE);
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`site did not build:\n${result.stdout}${result.stderr}`);
	// Plain text whatever the terminal: CI may force colour, which puts escape codes inside the page lines.
	log?.push(stripVTControlCharacters(result.stdout));
	return outDir;
}
