import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one build cost. */
export interface BuildMeasure {
	seconds: number;
	/** Peak resident memory of the build process, in megabytes. */
	peakMegabytes: number;
	/** How many share images the build drew (the rest came from the cache). */
	imagesDrawn: number;
	/** What the search indexer reported: "2 of 2 parts written (2024, 2025), 107 claims, 470 KB, 0.3 s (…)". */
	searchIndex: string | undefined;
}

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const PEAK_MEMORY_HOOK = fileURLToPath(new URL('./record-peak-memory.ts', import.meta.url));

/** Runs `astro build` in a project folder with the given environment; measures wall time, peak memory, images drawn. */
export function measureBuild(
	projectDir: string,
	args: string[],
	env: Record<string, string>
): BuildMeasure {
	const reportDir = mkdtempSync(join(tmpdir(), 'claims-bench-memory-'));
	const report = join(reportDir, 'peak.txt');
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		['--import', PEAK_MEMORY_HOOK, ASTRO, 'build', ...args],
		{
			cwd: projectDir,
			env: { ...process.env, ...env, CLAIMS_PEAK_MEMORY_FILE: report },
			encoding: 'utf8',
			maxBuffer: 1024 * 1024 * 512,
		}
	);
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0)
		throw new Error(
			`build failed in ${projectDir}:\n${result.stdout.slice(-4000)}${result.stderr.slice(-4000)}`
		);
	const peakMegabytes = Number(readFileSync(report, 'utf8')) / 1024;
	rmSync(reportDir, { recursive: true, force: true });
	const imagesDrawn = Number(/drew (\d+) share images/.exec(result.stdout)?.[1] ?? 0);
	const searchIndex = /Search index: (.*)/.exec(result.stdout)?.[1]?.trim();
	return { seconds, peakMegabytes, imagesDrawn, searchIndex };
}
