import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { shareImageKey } from './cached-share-image.ts';
import type { ShareImageInput } from '../../site/share-image/share-image-input.ts';

/**
 * Draws, before pages are rendered, every share image missing from the cache, spread over worker threads: drawing is
 * CPU-bound and would otherwise run one image at a time. The image endpoints then only read the cache.
 * Returns how many images were drawn.
 */
export async function prerenderShareImages(
	inputs: readonly ShareImageInput[],
	cacheDir: string,
	workerFile: URL
): Promise<number> {
	const missing = inputs.filter(
		(input) => !existsSync(join(cacheDir, `${shareImageKey(input)}.png`))
	);
	if (missing.length === 0) return 0;
	const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(missing.length / 20)));
	const slices = Array.from({ length: workers }, (_, index) =>
		missing.filter((_, position) => position % workers === index)
	);
	await Promise.all(
		slices.map(
			(slice) =>
				new Promise<void>((done, fail) => {
					const worker = new Worker(workerFile, { workerData: { inputs: slice, cacheDir } });
					worker.once('error', fail);
					worker.once('exit', (code) =>
						code === 0 ? done() : fail(new Error(`a share image worker stopped with code ${code}`))
					);
				})
		)
	);
	return missing.length;
}
