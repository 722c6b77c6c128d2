/**
 * `npm run bench [-- 1000 10000]`: builds the real site from synthetic content of each size and prints wall time,
 * ms per claim, peak memory and share images drawn for a cold build (empty cache), a build with only the share images
 * kept, a rebuild with nothing changed, a rebuild after editing one claim's title, a bare Astro build of as many
 * pages, and, when `hugo` is on PATH, Hugo's cold build of the same claims (the yardstick for an edit's rebuild).
 * Not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateContent } from './bench/generate-content.ts';
import { measureBuild, type BuildMeasure } from './bench/measure-build.ts';
import { buildHugoReference, hugoOnPath, writeHugoReference } from './bench/hugo-reference.ts';
import { writeReferenceSite } from './bench/reference-site.ts';
import { folderBytes } from '../src/build/folder-bytes.ts';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((size) => size > 0);
const WORK = resolve('.bench');
mkdirSync(WORK, { recursive: true });

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
	const largest = largestFile(dist, '.html');
	const distMegabytes = folderBytes(dist) / 1024 / 1024;

	// Astro's caches emptied, the drawn share images kept: the page build alone, as after a CI cache miss that
	// restored only the images, and the fair comparison with a bare Astro build (which draws no images).
	emptyAllBut(cache, 'share-images');
	const pagesCold = measureBuild('.', ['--outDir', dist], env);

	const noop = measureBuild('.', ['--outDir', dist], env);

	const edited = join(content, 'claims', readdirSync(join(content, 'claims')).sort()[0]!);
	writeFileSync(
		edited,
		// The generator single-quotes titles; a new title changes that claim's page, lists and share image.
		readFileSync(edited, 'utf8').replace(/^title: '(.*)'$/m, "title: '$1 (edited)'")
	);
	const rebuild = measureBuild('.', ['--outDir', dist], env);

	const reference = join(WORK, `reference-${size}`);
	writeReferenceSite(reference, pages);
	const bare = measureBuild(reference, [], {});

	const hugoDir = join(WORK, `hugo-${size}`);
	const hugo = hugoOnPath()
		? (writeHugoReference(hugoDir, content), buildHugoReference(hugoDir))
		: undefined;
	const versusHugo = (measure: BuildMeasure) =>
		hugo
			? `${(measure.seconds / hugo.seconds).toFixed(1)}× Hugo's cold build`
			: 'no hugo on PATH: compare with bare Astro';

	const percent = (part: BuildMeasure, whole: BuildMeasure) =>
		`${Math.round((part.seconds / whole.seconds) * 100)} % of`;
	console.log(
		`\n${size} claims: ${pages} pages, dist ${Math.round(distMegabytes)} MB, largest page ${Math.round(largest.bytes / 1024)} KB (${largest.path})\n` +
			`  search index (cold build): ${cold.searchIndex ?? 'none'}\n` +
			row('cold build, empty cache', cold, size) +
			row('cold build, share images kept', pagesCold, size) +
			row('nothing changed, rebuild', noop, size, versusHugo(noop)) +
			row(
				'one claim edited, rebuild',
				rebuild,
				size,
				`${versusHugo(rebuild)}; ${percent(rebuild, pagesCold)} the build with images kept`
			) +
			row(
				'bare Astro, same page count',
				bare,
				pages,
				`the site takes ${(pagesCold.seconds / bare.seconds).toFixed(1)}× as long (images kept)`,
				'page'
			) +
			(hugo
				? `  ${'Hugo, same claims, cold'.padEnd(32)}${`${hugo.seconds.toFixed(1)} s`.padStart(8)}  ${hugo.pages} pages (hugo ${hugoVersion()})\n`
				: '  Hugo reference: no hugo on PATH (apt install hugo), so edits are compared with bare Astro only\n')
	);
}

function hugoVersion(): string {
	return /v[\d.]+/.exec(spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout)?.[0] ?? '?';
}

function row(
	label: string,
	measure: BuildMeasure,
	count: number,
	note = '',
	unit = 'claim'
): string {
	const figures = [
		`${measure.seconds.toFixed(1)} s`.padStart(8),
		`${((measure.seconds * 1000) / count).toFixed(1)} ms/${unit}`.padStart(14),
		`${Math.round(measure.peakMegabytes)} MB peak RSS`.padStart(18),
		`${measure.imagesDrawn} share images drawn`.padStart(25),
	];
	return `  ${label.padEnd(32)}${figures.join('  ')}${note ? `  ${note}` : ''}\n`;
}

/** Empties a folder except one entry in it. */
function emptyAllBut(dir: string, kept: string): void {
	for (const entry of readdirSync(dir))
		if (entry !== kept) rmSync(join(dir, entry), { recursive: true, force: true });
}

function countFiles(dir: string, extension: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
		(entry) => entry.isFile() && entry.name.endsWith(extension)
	).length;
}

/** The biggest file of a type in a folder, to show no page grows with the number of claims. */
function largestFile(dir: string, extension: string): { path: string; bytes: number } {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith(extension))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path: relative(dir, path), bytes: statSync(path).size };
		})
		.reduce((largest, file) => (file.bytes > largest.bytes ? file : largest));
}
