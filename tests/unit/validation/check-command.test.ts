import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { expectedProblems, materialiseContent } from '../../support/content-fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Runs `npm run check`'s script against a fixture content root. */
function runCheck(...cases: string[]) {
	const { root, remove } = materialiseContent(...cases);
	cleanup = remove;
	const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
		env: { ...process.env, CLAIMS_CONTENT_DIR: root },
		encoding: 'utf8',
	});
	return {
		...result,
		stdout: result.stdout.replaceAll(root, 'content'),
		stderr: result.stderr.replaceAll(root, 'content'),
	};
}

// Each test starts the command as a Node process: the default 5 s bound would time process start-up under load.
describe('npm run check', { timeout: 30_000 }, () => {
	it('prints a summary and exits 0 when the content is clean', () => {
		const result = runCheck();
		expect(result.status).toBe(0);
		const [summary, note] = result.stdout.split('\n');
		expect(summary).toBe(
			'Content OK: 3 claims (0 drafts awaiting review), 3 claimants, 1 source, 1 place, 2 measures, 1 key event.'
		);
		// The fixtures are written by hand, in no one layout: the check accepts them and says how to tidy them.
		expect(note).toMatch(
			/^Note: \d+ files are not in the standard layout \(.*claims\/.*\.md.*\) — run npm run format:content/
		);
	});

	it('prints every problem and exits 1 when there are problems', () => {
		const result = runCheck('broken/status-typo', 'broken/unknown-country');
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			[
				...expectedProblems('unknown-country'),
				...expectedProblems('status-typo'),
				'',
				'2 problems in content/ — fix them and run npm run check again.',
				'',
			].join('\n')
		);
	});
});
