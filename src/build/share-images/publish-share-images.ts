import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { shareImageKey } from './cached-share-image.ts';
import type { ShareImageInput } from '../../site/share-image/share-image-input.ts';

/** A claim's share image: which claim, and what its card shows. */
export interface ClaimShareImage {
	id: string;
	input: ShareImageInput;
}

/** The folder of the site that holds the share images, which `publishShareImages` keeps. */
export const SHARE_IMAGE_FOLDER = 'og/claims';

/** Where a claim's share image is published, relative to the site root; og:image points here. */
export function shareImagePath(id: string): string {
	return `/${SHARE_IMAGE_FOLDER}/${id}.png`;
}

/**
 * Links each claim's drawn share image from the cache to its public path in the built site (a copy where the two
 * folders are on different disks), leaving in place those already linked, and removes the images of claims that
 * are gone. Not a page render: at 10,000 claims, serving cached PNGs through Astro endpoints cost more than the
 * rest of a rebuild.
 */
export async function publishShareImages(
	images: readonly ClaimShareImage[],
	cacheDir: string,
	outDir: string
): Promise<void> {
	const folder = join(outDir, SHARE_IMAGE_FOLDER);
	await mkdir(folder, { recursive: true });
	for (const { id, input } of images) {
		const cached = join(cacheDir, `${shareImageKey(input)}.png`);
		const published = join(outDir, shareImagePath(id));
		const source = await stat(cached).catch((error: unknown) => {
			throw new Error(
				`The share image of claim "${id}" is missing from ${cacheDir} (${(error as Error).message}); delete that folder and build again.`
			);
		});
		const target = await stat(published).catch(() => undefined);
		if (target && target.ino === source.ino && target.dev === source.dev) continue;
		await rm(published, { force: true });
		await link(cached, published).catch(async (error: unknown) => {
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			await copyFile(cached, published);
		});
	}
	const current = new Set(images.map(({ id }) => basename(shareImagePath(id))));
	for (const name of await readdir(folder))
		if (!current.has(name)) await rm(join(folder, name), { force: true });
}
