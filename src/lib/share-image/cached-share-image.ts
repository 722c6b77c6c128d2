import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readCacheFile, stableJson, writeCacheFile } from '../cache-files.ts';
import { rendererVersion } from './renderer-version.ts';
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
	const cached = await readCacheFile(file);
	if (cached) return cached;
	const png = await render(input);
	await writeCacheFile(file, png, 'Share image');
	return png;
}

/** What identifies a share image: its input and the renderer's version. Names the cached file and keys the page. */
export function shareImageKey(input: ShareImageInput): string {
	return createHash('sha256')
		.update(`${rendererVersion()}\n${stableJson(input)}`)
		.digest('hex');
}
