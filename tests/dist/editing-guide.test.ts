import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every command in EDITING.md, in order, run in a copy of the project (tracked and new files), so the guide cannot go stale.
const commands = [...readFileSync('EDITING.md', 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(
	(block) => block[1]!.trim().split('\n')
);
const SERVERS = new Set(['npm run dev', 'npm run preview']);

let sandbox: string;
beforeAll(() => {
	sandbox = mkdtempSync(join(tmpdir(), 'claims-editing-guide-'));
	const tracked = spawnSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{ encoding: 'utf8' }
	)
		.stdout.split('\0')
		.filter(Boolean);
	for (const file of tracked) {
		mkdirSync(dirname(join(sandbox, file)), { recursive: true });
		cpSync(file, join(sandbox, file));
	}
	symlinkSync(resolve('node_modules'), join(sandbox, 'node_modules'));
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

// An editor's shell, not the test runner's: vitest's NODE_ENV=test and VITEST* variables change how `astro dev` serves.
const env = () => ({
	...Object.fromEntries(
		Object.entries(process.env).filter(
			([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')
		)
	),
	CLAIMS_CACHE_DIR: join(sandbox, '.astro-cache'),
	CLAIMS_AS_OF: '2026-11-26',
});

describe('the editors’ guide, EDITING.md', () => {
	it('shows commands', () => {
		expect(commands.length).toBeGreaterThanOrEqual(6);
		expect(commands.every((command) => command.startsWith('npm run '))).toBe(true);
	});

	it.each(commands)('%s works as written', { timeout: 180_000 }, async (command) => {
		if (SERVERS.has(command)) {
			await expect(serveAndFetch(command)).resolves.toBe(200);
			return;
		}
		const result = spawnSync('sh', ['-c', command], { cwd: sandbox, env: env(), encoding: 'utf8' });
		expect(result.status, `${command}\n${result.stdout}\n${result.stderr}`).toBe(0);
	});

	it('leaves the rules the Astro editor extension checks frontmatter with, as the guide says', () => {
		const collections = join(sandbox, '.astro', 'collections');
		const manifest = JSON.parse(readFileSync(join(collections, 'collections.json'), 'utf8')) as {
			entries: Record<string, string>;
		};
		const claimFile = pathToFileURL(
			join(sandbox, 'content', 'claims', 'kremlin-denies-north-korean-troops-as-fake-news.md')
		).href.toLowerCase();
		expect(manifest.entries[claimFile]).toBe('claims');
		const claimSchema = JSON.parse(readFileSync(join(collections, 'claims.schema.json'), 'utf8'));
		expect(JSON.stringify(claimSchema)).toContain('"corroborated"');
	});
});

/** Starts a server command, waits for the address it prints, fetches the home page, and stops it. */
function serveAndFetch(command: string): Promise<number> {
	const server = spawn('sh', ['-c', command], { cwd: sandbox, env: env(), detached: true });
	return new Promise<number>((done, fail) => {
		let output = '';
		const timer = setTimeout(
			() => fail(new Error(`${command} printed no address:\n${output}`)),
			60_000
		);
		const onOutput = async (chunk: Buffer) => {
			output += chunk.toString();
			// eslint-disable-next-line no-control-regex -- the escape character starts the colour codes to strip.
			const address = /http:\/\/localhost:\d+\//.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[0];
			if (!address || timer.hasRef() === false) return;
			clearTimeout(timer);
			timer.unref();
			try {
				done((await fetch(address)).status);
			} catch (error) {
				fail(error instanceof Error ? error : new Error(String(error)));
			}
		};
		server.stdout.on('data', (chunk: Buffer) => void onOutput(chunk));
	}).finally(() => process.kill(-server.pid!, 'SIGTERM'));
}
