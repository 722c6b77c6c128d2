import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { materialiseContent } from '../../support/content-fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

// Each test starts the command as a Node process: the default 5 s bound would time process start-up under load.
describe('npm run ledger', { timeout: 30_000 }, () => {
	it('writes every published page to the ledger, keeps old entries, and says what it added', () => {
		const { root, remove } = materialiseContent();
		cleanup = remove;
		const ledger = join(root, 'published-urls.txt');
		rmSync(ledger);
		const run = () =>
			spawnSync(process.execPath, ['scripts/update-ledger.ts'], {
				env: { ...process.env, CLAIMS_CONTENT_DIR: root },
				encoding: 'utf8',
			});
		expect(run().stdout).toBe(`${ledger}: 10 new pages added. Commit it with the content.\n`);
		expect(readFileSync(ledger, 'utf8')).toBe(
			'/claimants/andrii-sybiha/\n/claimants/kremlin/\n/claimants/nis/\n/claims/kremlin-denial/\n/claims/nis-1500-special-forces/\n/claims/sybiha-demands-reaction/\n/figures/special-forces-shipped/\n/figures/troops-deployed/\n/places/vladivostok/\n/sources/guardian-2024-10-18-north-korean-troops-russia/\n'
		);
		expect(run().stdout).toBe(
			`${ledger}: already lists every published page. Commit it with the content.\n`
		);
	});

	it('makes the check fail, naming the id and the fix, when a published claim file is deleted', () => {
		const { root, remove } = materialiseContent();
		cleanup = remove;
		rmSync(join(root, 'claims', 'kremlin-denial.md'));
		const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
			env: { ...process.env, CLAIMS_CONTENT_DIR: root },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`${join(root, 'published-urls.txt')}: line 4: /claims/kremlin-denial/ was published, but no page or redirect answers it now — restore ${join(root, 'claims', 'kremlin-denial.md')} (keep a published claim: if it duplicates another, link it with supersedes from that one, or add kremlin-denial to that claim's aliases)`
		);
	});
});
