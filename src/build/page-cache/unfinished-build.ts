import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's incremental build's manifest in the build cache: the key each cached page was rendered for. */
const ASTRO_PAGE_MANIFEST = 'incremental-build.json';
/** Present from a build's start until it finishes. */
const UNFINISHED_MARK = 'build-unfinished';

/**
 * Called as a build starts; returns whether the last build had stopped partway. Astro stores a page's cached copy as
 * soon as it renders it, but writes which key each copy was rendered for only when the build finishes. After a build
 * that stopped partway a copy may hold a page its recorded key no longer describes, and a later build whose view
 * hashes to that old key (an edit undone) would restore it. So Astro's manifest is forgotten then, and every keyed
 * page renders.
 */
export function startPageCacheBuild(cacheDir: string): boolean {
	mkdirSync(cacheDir, { recursive: true });
	const mark = join(cacheDir, UNFINISHED_MARK);
	const unfinished = existsSync(mark);
	if (unfinished) rmSync(join(cacheDir, ASTRO_PAGE_MANIFEST), { force: true });
	writeFileSync(mark, '');
	return unfinished;
}

/** Called when a build has finished, after Astro has written its manifest. */
export function finishPageCacheBuild(cacheDir: string): void {
	rmSync(join(cacheDir, UNFINISHED_MARK), { force: true });
}
