import {
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	rmdirSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { cacheRecordFile } from './build-cache-dir.ts';
import { readCacheJson, writeCacheJson } from './cache-files.ts';

/**
 * A page every build renders (it has no cache key), so its modification time tells one build's output from
 * another's: if it is not what this cache recorded, some other build wrote the folder since.
 */
const ALWAYS_WRITTEN = '404.html';

/** Where the cache records the output folder it last filled. */
export function outputRecordFile(projectRoot: string): string {
	return cacheRecordFile(projectRoot, 'lastOutput');
}

/** What the cache remembers about the output folder it last filled. */
interface OutputRecord {
	outDir: string;
	stamp: number;
	/** When that build started: files modified since were written by it. */
	startedAt: number;
}

/**
 * Whether the output folder holds exactly what this cache's last build left there, so pages the cache says are
 * unchanged can stay in place. Anything else (a first build, a build with another cache, a folder touched since)
 * means the folder must be emptied first.
 */
export function outputIsOurs(outDir: string, recordFile: string): boolean {
	return ourRecord(outDir, recordFile) !== undefined;
}

/** The cache's record of the output folder, if the folder is still as that build left it. */
function ourRecord(outDir: string, recordFile: string): OutputRecord | undefined {
	const record = readCacheJson<OutputRecord>(recordFile);
	if (record?.outDir !== resolve(outDir)) return undefined;
	try {
		return record.stamp === stampOf(outDir) ? record : undefined;
	} catch {
		// No always-written page: the folder is not a finished build's.
		return undefined;
	}
}

/** Notes, after a build, that the output folder is this cache's, and when the build started. */
export function recordOutput(outDir: string, recordFile: string, startedAt: number): void {
	const record: OutputRecord = { outDir: resolve(outDir), stamp: stampOf(outDir), startedAt };
	writeCacheJson(recordFile, record, 'The output record');
}

/** The always-written page's modification time in whole seconds: what a tar archive (a CI cache) keeps of it. */
function stampOf(outDir: string): number {
	return Math.trunc(statSync(join(outDir, ALWAYS_WRITTEN)).mtimeMs / 1000);
}

/** When the last build into `outDir` started, if this cache made it; files modified since are what it changed. */
export function lastBuildStart(outDir: string, recordFile: string): number | undefined {
	return ourRecord(outDir, recordFile)?.startedAt;
}

/** Empties a folder, keeping the folder itself and, as Astro does, a `.git` in it (a deploy repository). */
export function emptyFolder(dir: string): void {
	if (!existsSync(dir)) return;
	for (const entry of readdirSync(dir))
		if (entry !== '.git') rmSync(join(dir, entry), { recursive: true, force: true });
}

/**
 * Removes what an earlier build left that this one did not make: every file not modified since `since` and not
 * among `kept` (pages Astro found unchanged and left in place), outside folders whose writers manage them. Then
 * removes folders left empty. Returns the files removed, relative to `outDir`.
 */
export function removeStaleOutput(
	outDir: string,
	since: number,
	kept: ReadonlySet<string>,
	managedFolders: readonly string[]
): string[] {
	const removed: string[] = [];
	// A deploy repository's `.git` is no build's output, and stays, as Astro and emptyFolder leave it.
	const isManaged = (path: string) =>
		[...managedFolders, '.git'].some(
			(folder) => path === folder || path.startsWith(`${folder}${sep}`)
		);
	for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const path = relative(outDir, file);
		if (isManaged(path) || kept.has(file) || statSync(file).mtimeMs >= since) continue;
		rmSync(file);
		removed.push(path);
	}
	removeEmptyFolders(outDir);
	return removed;
}

function removeEmptyFolders(dir: string): boolean {
	let empty = true;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (!entry.isDirectory() || !removeEmptyFolders(join(dir, entry.name))) empty = false;
		else rmdirSync(join(dir, entry.name));
	}
	return empty;
}

/**
 * The time now by the clock that stamps files in `dir` (a file written there and removed): what file times are
 * compared with. The system clock can differ from a file system's (coarse stamps, a network or container mount).
 */
export function fileSystemNow(dir: string): number {
	mkdirSync(dir, { recursive: true });
	const probe = join(dir, `.clock-${process.pid}`);
	writeFileSync(probe, '');
	try {
		return statSync(probe).mtimeMs;
	} finally {
		rmSync(probe, { force: true });
	}
}
