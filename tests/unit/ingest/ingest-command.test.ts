import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../../src/core/collections.ts';
import { fingerprint } from '../../support/folder-fingerprint.ts';

const ARTICLES = 'tests/fixtures/articles';
const SEED = `${ARTICLES}/guardian-2024-10-18-north-korean-troops-russia.txt`;

let root: string;
let out: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'ingest-command-'));
	out = join(root, 'content');
	for (const folder of COLLECTION_NAMES) mkdirSync(join(out, folder), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs `npm run ingest`'s script. */
function ingest(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
}

function check() {
	return spawnSync(process.execPath, ['scripts/check-content.ts'], {
		env: { ...process.env, CLAIMS_CONTENT_DIR: out },
		encoding: 'utf8',
	});
}

/** Every file under the content root with a hash of its bytes, to prove what a run did or did not write. */
const snapshot = () => fingerprint(out);

// Each test starts the command and the content check as Node processes, about a second each on an idle machine:
// the default 5 s bound measured process start-up under load, not the command.
describe('npm run ingest', { timeout: 30_000 }, () => {
	it('documents its options with an example', () => {
		const result = ingest('--help');
		expect(result.status).toBe(0);
		for (const option of [
			'--out DIR',
			'--id ID',
			'--url URL',
			'--outlet NAME',
			'--published TIME',
			'--dry-run',
			'Example:',
		])
			expect(result.stdout).toContain(option);
	});

	it('writes the source and draft claims that pass the content check', () => {
		const result = ingest(SEED, '--outlet', 'The Guardian', '--out', out);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			`create    ${out}/sources/guardian-2024-10-18-north-korean-troops-russia.md`
		);
		expect(check().stdout).toBe(
			'Content OK: 23 claims (23 drafts awaiting review), 13 claimants, 1 source, 0 places, 9 measures, 0 key events.\n'
		);
	});

	it('is idempotent: a second run changes nothing and says so', () => {
		ingest(SEED, '--outlet', 'The Guardian', '--out', out);
		const before = snapshot();
		const result = ingest(SEED, '--outlet', 'The Guardian', '--out', out);
		expect(result.status).toBe(0);
		expect(snapshot()).toEqual(before);
		expect(result.stdout).not.toMatch(/^\s+(?:create|update|skip)\s/m);
	});

	it('never overwrites what an editor changed, nor brings back a draft an editor deleted, and says why', () => {
		ingest(SEED, '--outlet', 'The Guardian', '--out', out);
		const edited = join(out, 'claims', 'russia-denied-using-north-korean-troops-war.md');
		writeFileSync(
			edited,
			readFileSync(edited, 'utf8').replace(
				/^title: .*$/m,
				'title: Russia denies using North Korean troops'
			)
		);
		const deleted = join(out, 'claims', 'volodymyr-zelenskyy-first-step-world-war.md');
		unlinkSync(deleted);
		const editedText = readFileSync(edited, 'utf8');
		const result = ingest(SEED, '--outlet', 'The Guardian', '--out', out);
		expect(result.status).toBe(0);
		expect(readFileSync(edited, 'utf8')).toBe(editedText);
		expect(snapshot()).not.toHaveProperty('claims/volodymyr-zelenskyy-first-step-world-war.md');
		expect(result.stdout).toContain(
			`skip      ${edited} — an editor has changed it (or it was not written by ingest), so it is left as it is`
		);
		expect(result.stdout).toContain(
			`skip      ${deleted} — an editor deleted this draft after an earlier run`
		);
	});

	it('prints what it would write on a dry run, and writes nothing', () => {
		const result = ingest(SEED, '--outlet', 'The Guardian', '--out', out, '--dry-run');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			`=== create ${out}/sources/guardian-2024-10-18-north-korean-troops-russia.md`
		);
		expect(result.stdout).toContain('Dry run: nothing was written.');
		expect(snapshot()).toEqual({});
	});

	it.each([
		['wire-2024-10-25-kyiv.txt', []],
		['liveblog-2024-10-28-nato.txt', []],
		['markdown-2024-11-04-pentagon.md', []],
		[
			'markdown-2024-11-05-seoul.md',
			['--published', '2024-11-05T10:00:00+09:00', '--outlet', 'Example News'],
		],
	])('ingests %s into content that passes the check', (file, flags) => {
		const result = ingest(`${ARTICLES}/${file}`, '--out', out, ...flags);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(check().status).toBe(0);
	});

	describe('on bad input it exits non-zero, says what to do, and writes nothing', () => {
		function expectRefused(args: string[], message: string) {
			const before = snapshot();
			const result = ingest(...args, '--out', out);
			expect(result.status).toBe(2);
			expect(result.stderr).toBe(`${message}\nNothing was written.\n`);
			expect(snapshot()).toEqual(before);
		}

		it('a missing file', () => {
			expectRefused(
				[`${ARTICLES}/missing.txt`],
				`${ARTICLES}/missing.txt: cannot read ${ARTICLES}/missing.txt (ENOENT) — check the path`
			);
		});

		it('an empty file', () => {
			const empty = join(root, 'empty.txt');
			writeFileSync(empty, '\n \n');
			expectRefused(
				[empty],
				`${empty}: ${empty} is empty — give the file that holds the article text`
			);
		});

		it('a binary file', () => {
			const binary = join(root, 'photo.jpg');
			writeFileSync(binary, new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]));
			expectRefused(
				[binary],
				`${binary}: ${binary} is an image (.jpg), not an article page — copy the article's text into a .txt file, or save the web page as HTML, and run again`
			);
		});

		it('an article that is not in English', () => {
			const german = join(root, 'spiegel.txt');
			writeFileSync(
				german,
				[
					'Nordkoreanische Soldaten in Russland eingetroffen',
					'Von Anna Schmidt, 18.10.2024, 14.05 Uhr',
					'Nach Angaben des südkoreanischen Geheimdienstes sind rund 3.000 nordkoreanische Soldaten in Russland eingetroffen. Sie würden im Osten des Landes ausgebildet, teilte der Dienst am Freitag mit.',
					'Die Regierung in Moskau bestreitet die Berichte und spricht von Falschmeldungen. Die ukrainische Regierung fordert eine klare Reaktion ihrer Verbündeten.',
				].join('\n')
			);
			expectRefused(
				[german, '--published', '2024-10-18T14:05:00+02:00', '--outlet', 'Der Spiegel'],
				`${german}: the article reads as German, not English — the ingest drafts claims from English text only: use the outlet's English edition or an English translation, and record the original as the source's url`
			);
		});

		it('an article with no date and no --published', () => {
			const file = `${ARTICLES}/markdown-2024-11-05-seoul.md`;
			expectRefused(
				[file, '--outlet', 'Example News'],
				`${file}: no publication date found in ${file} — pass --published with the time and its UTC offset, e.g. --published 2024-10-18T09:51:00-04:00`
			);
		});

		it('an unknown time zone', () => {
			const file = join(root, 'zone.txt');
			writeFileSync(
				file,
				'Headline of the piece\nBy Jane Doe\nFri 18 Oct 2024 12.35 XYZ\nThe first paragraph of the article, said an official.\n'
			);
			const result = ingest(file, '--out', out);
			expect(result.status).toBe(2);
			expect(result.stderr).toMatch(new RegExp(`^${file}:3: .*XYZ.* — .*--published`));
			expect(snapshot()).toEqual({});
		});

		it('an id that clashes with another article', () => {
			ingest(SEED, '--outlet', 'The Guardian', '--out', out);
			expectRefused(
				[
					`${ARTICLES}/wire-2024-10-25-kyiv.txt`,
					'--id',
					'guardian-2024-10-18-north-korean-troops-russia',
				],
				`${ARTICLES}/wire-2024-10-25-kyiv.txt: content/sources/guardian-2024-10-18-north-korean-troops-russia.md already holds another article — pass --id with a different id for this one`
			);
		});

		it('an unknown option', () => {
			expectRefused(
				[SEED, '--outlets', 'x'],
				"npm run ingest: Unknown option '--outlets' — see npm run ingest -- --help"
			);
		});
	});

	it('reads the time itself when --published is given for a time zone it cannot read', () => {
		const file = join(root, 'zone.txt');
		writeFileSync(
			file,
			'Headline of the piece\nBy Jane Doe\nFri 18 Oct 2024 12.35 XYZ\nThe first paragraph of the article, said an official.\n'
		);
		const result = ingest(
			file,
			'--out',
			out,
			'--outlet',
			'Example News',
			'--published',
			'2024-10-18T12:35:00+03:00'
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});
});
