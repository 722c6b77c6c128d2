import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CASES, expectedProblems, materialiseContent } from '../support/content-fixtures.ts';

describe('a build from broken content', () => {
	it.each(BROKEN_CASES)(
		'%s: fails with the problem, and leaves no output that could be deployed',
		{ timeout: 60_000 },
		(brokenCase) => {
			const { root, remove } = materialiseContent(`broken/${brokenCase}`);
			const work = mkdtempSync(join(tmpdir(), 'claims-broken-build-'));
			const outDir = join(work, 'dist');
			// A previous good build: it must not survive a failed one and be deployed by mistake.
			mkdirSync(outDir);
			writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>old</title>');
			const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
				env: { ...process.env, CLAIMS_CONTENT_DIR: root },
				encoding: 'utf8',
			});
			const output = `${result.stdout}${result.stderr}`.replaceAll(root, 'content');
			try {
				expect(result.status).not.toBe(0);
				for (const line of expectedProblems(brokenCase)) expect(output).toContain(line);
				expect(existsSync(outDir)).toBe(false);
			} finally {
				remove();
				rmSync(work, { recursive: true, force: true });
			}
		}
	);
});
