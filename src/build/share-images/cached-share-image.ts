import { join } from 'node:path';
import { cacheKey, recipeVersion } from '../cache-key.ts';
import { readCacheFile, writeCacheFile } from '../cache-files.ts';
import { verdictColours } from '../../site/statuses/verdict-colours.ts';
import type { ShareImageInput } from '../../site/share-image/share-image-input.ts';

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

let rendererVersion: string | undefined;

/** What identifies a share image: its input and the renderer's version. Names the cached file and keys the page. */
export function shareImageKey(input: ShareImageInput): string {
	rendererVersion ??= recipeVersion({
		// How cards look (share-card.ts) and are stored (encode-png.ts), and all they import.
		code: ['src/site/share-image/render-share-image.ts'],
		libraries: ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'],
		// The verdict colours live in the stylesheet: a colour edited there redraws the cards that use it.
		data: verdictColours(),
	});
	return cacheKey(rendererVersion, input);
}
