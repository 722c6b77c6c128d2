import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prerenderShareImages } from '../../../src/build/share-images/prerender-share-images.ts';
import type { ShareImageInput } from '../../../src/site/share-image/share-image-input.ts';

const WORKER = new URL('../../../src/build/share-images/render-worker.ts', import.meta.url);
const input = (title: string): ShareImageInput => ({
	title,
	claimantName: 'NIS',
	verdict: 'claimed',
	claimed: '18 Oct 2024',
	figures: ['1,500 troops'],
	siteName: 'Claims tracker',
});

let cacheDir: string;
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('prerenderShareImages', () => {
	it(
		'draws every missing image into the cache on worker threads, and nothing that is already there',
		{ timeout: 60_000 },
		async () => {
			cacheDir = mkdtempSync(join(tmpdir(), 'share-images-'));
			const inputs = [input('One'), input('Two'), input('Three')];
			expect(await prerenderShareImages(inputs, cacheDir, WORKER)).toBe(3);
			expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(3);
			expect(await prerenderShareImages([...inputs, input('Four')], cacheDir, WORKER)).toBe(1);
			expect(readdirSync(cacheDir).filter((file) => file.endsWith('.png'))).toHaveLength(4);
		}
	);
});
