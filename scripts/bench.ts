/**
 * `npm run bench [-- 1000 10000]`: builds the real site from synthetic content of each size and prints wall time,
 * ms per claim, peak memory and dist size for a cold build (no content-layer cache), then for a rebuild after editing
 * one claim, and for a bare Astro build of as many pages as the reference. Not part of `npm test`.
 */
import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateContent } from './bench/generate-content.ts';
import { measureBuild } from './bench/measure-build.ts';
import { writeReferenceSite } from './bench/reference-site.ts';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((size) => size > 0);
const WORK = resolve('.bench');
mkdirSync(WORK, { recursive: true });

console.log(
	'claims | build | ms/claim | peak RSS | dist | pages | one-claim rebuild | rebuild/cold | bare Astro, same pages | site/bare'
);
for (const size of sizes.length > 0 ? sizes : [1000, 10000]) {
	const content = join(WORK, `content-${size}`);
	const dist = join(WORK, `dist-${size}`);
	const cache = join(WORK, `cache-${size}`);
	rmSync(content, { recursive: true, force: true });
	rmSync(cache, { recursive: true, force: true });
	generateContent(content, size);
	// A fixed day makes the "due for review" flags, and so the output, the same on every run.
	const env = { CLAIMS_CONTENT_DIR: content, CLAIMS_CACHE_DIR: cache, CLAIMS_AS_OF: '2026-01-01' };
	const cold = measureBuild('.', ['--outDir', dist], env);
	const pages = countFiles(dist, '.html');
	const size_mb = folderBytes(dist) / 1024 / 1024;

	const edited = join(content, 'claims', readdirSync(join(content, 'claims')).sort()[0]!);
	appendFileSync(edited, '\nEdited by the benchmark to measure a one-claim rebuild.\n');
	const warm = measureBuild('.', ['--outDir', dist], env);

	const reference = join(WORK, `reference-${size}`);
	writeReferenceSite(reference, pages);
	const bare = measureBuild(reference, [], {});
	console.log(
		[
			size,
			`${cold.seconds.toFixed(1)} s`,
			((cold.seconds * 1000) / size).toFixed(1),
			`${Math.round(cold.peakMegabytes)} MB`,
			`${Math.round(size_mb)} MB`,
			pages,
			`${warm.seconds.toFixed(1)} s`,
			`${Math.round((warm.seconds / cold.seconds) * 100)} %`,
			`${bare.seconds.toFixed(1)} s`,
			`${(cold.seconds / bare.seconds).toFixed(1)}×`,
		].join(' | ')
	);
}

function countFiles(dir: string, extension: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
		(entry) => entry.isFile() && entry.name.endsWith(extension)
	).length;
}

function folderBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
