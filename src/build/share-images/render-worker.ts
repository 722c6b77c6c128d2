import { parentPort, workerData } from 'node:worker_threads';
import { cachedShareImage } from './cached-share-image.ts';
import { renderShareImage } from '../../site/share-image/render-share-image.ts';
import type { ShareImageInput } from '../../site/share-image/share-image-input.ts';

// A worker thread of prerenderShareImages: draws its share of the missing images into the cache, one at a time.
const { inputs, cacheDir } = workerData as { inputs: ShareImageInput[]; cacheDir: string };
for (const input of inputs) await cachedShareImage(input, { cacheDir, render: renderShareImage });
parentPort?.postMessage(inputs.length);
