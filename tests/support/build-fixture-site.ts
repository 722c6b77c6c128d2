import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { materialiseContent } from './content-fixtures.ts';

/** Builds the real site from fixture content (the valid site with the given cases laid over it) into a temporary folder. */
export function buildFixtureSite(...cases: string[]): string {
	const { root } = materialiseContent(...cases);
	const outDir = join(mkdtempSync(join(tmpdir(), 'claims-site-')), 'dist');
	const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
		env: { ...process.env, CLAIMS_CONTENT_DIR: root },
		encoding: 'utf8',
	});
	if (result.status !== 0)
		throw new Error(`fixture site did not build:\n${result.stdout}${result.stderr}`);
	return outDir;
}
