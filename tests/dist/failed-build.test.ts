import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedProblems, materialiseContent } from '../support/content-fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('npm run build with broken content', () => {
	it('fails listing every problem, and leaves no output folder that could be deployed', () => {
		const { root, remove } = materialiseContent('broken/status-typo', 'broken/unknown-country');
		cleanup = remove;
		const outDir = join(mkdtempSync(join(tmpdir(), 'claims-dist-')), 'dist');
		// A previous good build: it must not survive a failed one and be deployed by mistake.
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>old</title>');
		const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], { env: { ...process.env, CLAIMS_CONTENT_DIR: root }, encoding: 'utf8' });
		const output = `${result.stdout}${result.stderr}`.replaceAll(root, 'content');
		expect(result.status).not.toBe(0);
		expect(output).toContain(expectedProblems('status-typo')[0]);
		expect(output).toContain(expectedProblems('unknown-country')[0]);
		expect(existsSync(outDir)).toBe(false);
	});
});
