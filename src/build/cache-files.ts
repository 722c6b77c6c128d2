import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** JSON with object keys sorted at every level, so equal inputs hash alike whatever order built them. */
export function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner !== null && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

/** A cached file's bytes, or undefined when it was never written. */
export async function readCacheFile(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
	try {
		const bytes = await readFile(file);
		// A plain Uint8Array view (no copy), the same type a fresh render returns.
		return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/** A cache record's value, or undefined when it is missing or unreadable: a cache only saves time. */
export function readCacheJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** Writes a cache record whole or not at all, as `writeCacheFile` does, for the records a build reads as it starts. */
export function writeCacheJson(file: string, value: unknown, what: string): void {
	const temporary = temporaryName(file);
	try {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(temporary, JSON.stringify(value));
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, { force: true });
		warnNotCached(what, error);
	}
}

/**
 * Writes a cache file whole or not at all: a build that stops mid-write, or two builds at once, must never leave a
 * half-written file under a valid key. A cache only saves time, so a read-only cache folder warns, never fails.
 */
export async function writeCacheFile(file: string, bytes: Uint8Array, what: string): Promise<void> {
	const temporary = temporaryName(file);
	try {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		warnNotCached(what, error);
	}
}

/** A name no other process writing the same file at once can take. */
function temporaryName(file: string): string {
	return `${file}.${process.pid}.${randomUUID()}.tmp`;
}

function warnNotCached(what: string, error: unknown): void {
	console.warn(
		`${what} not cached (${(error as Error).message}); it will be made again next build.`
	);
}
