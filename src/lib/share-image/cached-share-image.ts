import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RENDERER_VERSION } from './renderer-version.ts';
import type { ShareImageInput } from './share-image-input.ts';

/** Where cached images live and how to draw one that is missing (injectable, so tests can count renders). */
export interface ShareImageCache {
	cacheDir: string;
	render: (input: ShareImageInput) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The share image for an input: the cached PNG when this input was drawn before by this renderer, else a fresh one. */
export async function cachedShareImage(
	input: ShareImageInput,
	{ cacheDir, render }: ShareImageCache
): Promise<Uint8Array<ArrayBuffer>> {
	const file = join(cacheDir, `${shareImageKey(input)}.png`);
	const cached = await readIfPresent(file);
	if (cached) return cached;
	const png = await render(input);
	await writeAtomically(file, png);
	return png;
}

/** What identifies a share image: its input and the renderer's version. Names the cached file and keys the page. */
export function shareImageKey(input: ShareImageInput): string {
	return createHash('sha256')
		.update(`${RENDERER_VERSION}\n${stableJson(input)}`)
		.digest('hex');
}

/** JSON with object keys sorted at every level, so equal inputs hash alike whatever order built them. */
function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, inner: unknown) =>
		inner !== null && typeof inner === 'object' && !Array.isArray(inner)
			? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: inner
	);
}

async function readIfPresent(file: string): Promise<Uint8Array<ArrayBuffer> | undefined> {
	try {
		const bytes = await readFile(file);
		// A plain Uint8Array view (no copy), the same type a fresh render returns.
		return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

// A build that stops mid-write, or two builds at once, must never leave a half-written PNG under a valid key.
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
	const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
	try {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(temporary, bytes);
		await rename(temporary, file);
	} catch (error) {
		await rm(temporary, { force: true });
		// The cache only saves time: a read-only node_modules must not fail the build.
		console.warn(
			`Share image not cached (${(error as Error).message}); it will be redrawn next build.`
		);
	}
}
