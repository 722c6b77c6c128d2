import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shareImageKey } from '../../../src/build/share-images/cached-share-image.ts';
import {
	publishShareImages,
	shareImagePath,
} from '../../../src/build/share-images/publish-share-images.ts';
import type { ShareImageInput } from '../../../src/site/share-image/share-image-input.ts';

const input = (title: string): ShareImageInput => ({
	title,
	claimantName: 'NIS',
	verdict: 'claimed',
	claimed: '18 Oct 2024',
	figures: [],
	siteName: 'Claims tracker',
});

let work: string;
beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'publish-share-images-'));
	mkdirSync(join(work, 'cache'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('publishShareImages', () => {
	it('copies each claim’s cached image to /og/claims/<id>.png in the built site', async () => {
		for (const title of ['One', 'Two'])
			writeFileSync(join(work, 'cache', `${shareImageKey(input(title))}.png`), `png of ${title}`);
		await publishShareImages(
			[
				{ id: 'claim-one', input: input('One') },
				{ id: 'claim-two', input: input('Two') },
			],
			join(work, 'cache'),
			join(work, 'dist')
		);
		expect(shareImagePath('claim-one')).toBe('/og/claims/claim-one.png');
		expect(readFileSync(join(work, 'dist', 'og', 'claims', 'claim-one.png'), 'utf8')).toBe(
			'png of One'
		);
		expect(readFileSync(join(work, 'dist', 'og', 'claims', 'claim-two.png'), 'utf8')).toBe(
			'png of Two'
		);
	});

	it('links images in place, leaves unchanged ones alone, relinks changed ones and removes those of gone claims', async () => {
		for (const title of ['One', 'Two', 'One, edited'])
			writeFileSync(join(work, 'cache', `${shareImageKey(input(title))}.png`), `png of ${title}`);
		const dist = join(work, 'dist');
		const published = (id: string) => join(dist, shareImagePath(id));
		await publishShareImages(
			[
				{ id: 'claim-one', input: input('One') },
				{ id: 'claim-two', input: input('Two') },
			],
			join(work, 'cache'),
			dist
		);
		const cached = join(work, 'cache', `${shareImageKey(input('Two'))}.png`);
		expect(statSync(published('claim-two')).ino).toBe(statSync(cached).ino);
		const unchanged = statSync(published('claim-two')).ctimeMs;
		await publishShareImages(
			[
				{ id: 'claim-one', input: input('One, edited') },
				{ id: 'claim-two', input: input('Two') },
			],
			join(work, 'cache'),
			dist
		);
		expect(readFileSync(published('claim-one'), 'utf8')).toBe('png of One, edited');
		expect(statSync(published('claim-two')).ctimeMs).toBe(unchanged);
		await publishShareImages([{ id: 'claim-two', input: input('Two') }], join(work, 'cache'), dist);
		expect(existsSync(published('claim-one'))).toBe(false);
		expect(readFileSync(published('claim-two'), 'utf8')).toBe('png of Two');
	});

	it('names the claim and the fix when its image was never drawn', async () => {
		await expect(
			publishShareImages(
				[{ id: 'claim-one', input: input('One') }],
				join(work, 'cache'),
				join(work, 'dist')
			)
		).rejects.toThrow(
			/share image of claim "claim-one" is missing .*delete that folder and build again/
		);
	});
});
