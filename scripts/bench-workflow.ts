/**
 * `npm run bench:workflow [-- 10000]`: times, step by step, what the deploy workflow does for a one-claim edit at
 * scale: restore the build cache and the last dist/ (as actions/cache would), check the content, build, run the
 * per-page tests on what the build changed plus the fixed sample, and pack dist/ for upload (as
 * upload-pages-artifact does). The first deploy (a cold build) is made beforehand and not timed. Not part of
 * `npm test`; the target is two minutes at 10,000 claims.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { formatContentFile, parseContentFile } from '../src/core/yaml/content-layout.ts';
import { generateContent } from './bench/generate-content.ts';

const size = Number(process.argv[2] ?? 10000);
if (!Number.isInteger(size) || size <= 0) {
	console.error(
		`bench:workflow: "${process.argv[2]}" is not a claim count — e.g. npm run bench:workflow -- 10000`
	);
	process.exit(1);
}
const WORK = resolve('.bench', `workflow-${size}`);
const content = join(WORK, 'content');
const dist = join(WORK, 'dist');
const cache = join(WORK, 'cache');
const saved = join(WORK, 'saved-cache.tar');
const env = {
	...process.env,
	CLAIMS_CONTENT_DIR: content,
	CLAIMS_CACHE_DIR: cache,
	CLAIMS_DIST_DIR: dist,
	CLAIMS_AS_OF: '2026-01-01',
	SITE_URL: 'https://claims.example.org',
};

/** Runs a command to completion, throwing with its output if it fails; returns wall seconds. */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
	const started = performance.now();
	const result = spawnSync(command, args, {
		env: { ...env, ...extraEnv },
		encoding: 'utf8',
		maxBuffer: 1024 * 1024 * 512,
	});
	if (result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} failed:\n${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`
		);
	return (performance.now() - started) / 1000;
}

const npm = (script: string, ...args: string[]) =>
	run('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])]);

// The state the last deploy left: content, a cold build, and its cache and dist/ saved as actions/cache saves them.
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
generateContent(content, size);
// Content as editors keep it: in the standard layout (the generator writes its own).
npm('format:content');
// The last run's check and build, as the workflow runs them; their caches are what the next run restores.
npm('check');
console.log(`first deploy (cold, not timed): ${npm('build', '--outDir', dist).toFixed(1)} s`);
run('tar', ['-cf', saved, '-C', WORK, 'cache', 'dist']);

// The editor's change: one claim's title, saved in the standard layout as the admin page saves it.
const edited = join(content, 'claims', readdirSync(join(content, 'claims')).sort()[0]!);
const claim = parseContentFile('claims', readFileSync(edited, 'utf8'));
writeFileSync(
	edited,
	formatContentFile('claims', {
		...claim,
		data: { ...claim.data, title: `${String(claim.data['title'])} (edited)` },
	})
);

// A fresh runner: no cache, no dist/, until they are restored.
rmSync(cache, { recursive: true, force: true });
rmSync(dist, { recursive: true, force: true });
const steps: Array<[string, number]> = [
	['restore cache and dist/', run('tar', ['-xf', saved, '-C', WORK])],
	['npm run check', npm('check')],
	['npm run build', npm('build', '--outDir', dist)],
	[
		'per-page tests (changed + sample)',
		run(
			'npx',
			[
				'vitest',
				'run',
				'--project',
				'dist',
				'tests/dist/html-validity.test.ts',
				'tests/dist/headings.test.ts',
				'tests/dist/budgets.test.ts',
				'tests/dist/link-previews.test.ts',
			],
			{ CLAIMS_VALIDATE: 'changed' }
		),
	],
	[
		'pack dist/ for upload',
		// As upload-pages-artifact packs it: an uncompressed tar, links followed.
		run('tar', [
			'--dereference',
			'--hard-dereference',
			'-cf',
			join(WORK, 'artifact.tar'),
			'-C',
			dist,
			'.',
		]),
	],
];
if (!existsSync(join(dist, 'index.html')))
	throw new Error('the timed build left no dist/index.html');
const page = readFileSync(join(dist, 'claims', basename(edited, '.md'), 'index.html'), 'utf8');
if (!page.includes('(edited)')) throw new Error("the edited claim's page does not show the edit");
const total = steps.reduce((sum, [, seconds]) => sum + seconds, 0);
console.log(`\n${size} claims, one claim edited, the deploy workflow's steps:`);
for (const [step, seconds] of steps)
	console.log(`  ${step.padEnd(36)}${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(36)}${total.toFixed(1).padStart(7)} s  (target ≤ 120 s)`);
