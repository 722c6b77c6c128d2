import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { shareImageKey } from './cached-share-image.ts';
import type { ShareImageInput } from './share-image-input.ts';

/** A claim's share image: which claim, and what its card shows. */
export interface ClaimShareImage {
	id: string;
	input: ShareImageInput;
}

/** Where a claim's share image is published, relative to the site root; og:image points here. */
export function shareImagePath(id: string): string {
	return `/og/claims/${id}.png`;
}

/**
 * Copies each claim's drawn share image from the cache to its public path in the built site. A copy, not a page
 * render: at 10,000 claims, serving cached PNGs through Astro endpoints cost more than the rest of a rebuild.
 */
export async function publishShareImages(
	images: readonly ClaimShareImage[],
	cacheDir: string,
	outDir: string
): Promise<void> {
	await mkdir(join(outDir, 'og', 'claims'), { recursive: true });
	for (const { id, input } of images) {
		const cached = join(cacheDir, `${shareImageKey(input)}.png`);
		await copyFile(cached, join(outDir, shareImagePath(id))).catch((error: unknown) => {
			throw new Error(
				`The share image of claim "${id}" is missing from ${cacheDir} (${(error as Error).message}); delete that folder and build again.`
			);
		});
	}
}
