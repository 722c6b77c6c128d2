/**
 * `npm run build`: builds the site into dist/. A failed build removes dist/ entirely, so a half-written or stale
 * site can never be mistaken for a good one and deployed.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localSiteUrlNotice } from '../src/site/site-url.ts';

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
const OUT_DIR = outDirFlag === -1 ? 'dist' : (args[outDirFlag + 1] ?? 'dist');

// Astro runs on the same (pinned) Node as this script, whatever node is first on PATH.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const result = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
if (result.status !== 0) {
	rmSync(OUT_DIR, { recursive: true, force: true });
	console.error(
		`\nBuild failed: ${OUT_DIR}/ was removed so nothing half-built can be deployed. Fix the errors above and run npm run build again.`
	);
	process.exit(result.status ?? 1);
}
const notice = localSiteUrlNotice();
if (notice) console.log(`\n${notice}`);
