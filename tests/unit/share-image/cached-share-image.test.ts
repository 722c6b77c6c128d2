import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedShareImage } from '../../../src/build/share-images/cached-share-image.ts';
import type { ShareImageInput } from '../../../src/site/share-image/share-image-input.ts';

const input: ShareImageInput = {
	title: 'NIS: North Korea dispatched troops to Russia',
	claimantName: 'National Intelligence Service (South Korea)',
	verdict: 'claimed',
	verdictDefinition: 'Asserted, not independently verified.',
	claimed: '18 Oct 2024',
	figures: ['1,500 special operation forces'],
	siteName: 'Claims tracker',
};

let cacheDir: string;
let renders: ShareImageInput[];

// A stand-in renderer: distinct bytes per call, so a cache hit is told apart from a fresh render.
const render = (drawn: ShareImageInput) => {
	renders.push(drawn);
	return Promise.resolve(new Uint8Array([0x89, 0x50, 0x4e, 0x47, renders.length]));
};

beforeEach(() => {
	cacheDir = join(mkdtempSync(join(tmpdir(), 'share-image-cache-')), 'nested', 'cache');
	renders = [];
});

afterEach(() => {
	rmSync(join(cacheDir, '..', '..'), { recursive: true, force: true });
});

describe('cachedShareImage', () => {
	it('renders once, then returns the same bytes from the cache without rendering', async () => {
		const first = await cachedShareImage(input, { cacheDir, render });
		const second = await cachedShareImage({ ...input }, { cacheDir, render });
		expect(renders).toHaveLength(1);
		expect(second).toEqual(first);
	});

	it('keeps one PNG per input, named by its hash, and no temporary files', async () => {
		await cachedShareImage(input, { cacheDir, render });
		expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.png$/)]);
	});

	it('renders again when the title changes', async () => {
		await cachedShareImage(input, { cacheDir, render });
		await cachedShareImage(
			{ ...input, title: 'NIS: North Korea sent troops to Russia' },
			{ cacheDir, render }
		);
		expect(renders).toHaveLength(2);
	});

	it('renders again when the status changes', async () => {
		await cachedShareImage(input, { cacheDir, render });
		const refuted = await cachedShareImage({ ...input, verdict: 'refuted' }, { cacheDir, render });
		expect(renders).toHaveLength(2);
		expect(refuted).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 2]));
	});

	it('renders again when a figure changes', async () => {
		await cachedShareImage(input, { cacheDir, render });
		await cachedShareImage(
			{ ...input, figures: ['1,600 special operation forces'] },
			{ cacheDir, render }
		);
		expect(renders).toHaveLength(2);
	});

	it('hashes the same content alike whatever order its keys were written in', async () => {
		const reordered = Object.fromEntries(Object.entries(input).reverse()) as ShareImageInput;
		expect(Object.keys(reordered)).not.toEqual(Object.keys(input));
		await cachedShareImage(input, { cacheDir, render });
		await cachedShareImage(reordered, { cacheDir, render });
		expect(renders).toHaveLength(1);
	});
});
