import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareImage } from '../../../src/site/share-image/render-share-image.ts';
import type { ShareImageInput } from '../../../src/site/share-image/share-image-input.ts';

const input: ShareImageInput = {
	title: 'Zelenskyy: 10,000 North Korean soldiers preparing for war',
	claimantName: 'Володимир Зеленський (Łódź test)',
	verdict: 'claimed',
	verdictDefinition: 'Asserted, not independently verified.',
	claimed: '18 Oct 2024',
	figures: ['10,000 soldiers'],
	siteName: 'Claims tracker',
};

describe('renderShareImage', () => {
	it('draws a 1200×630 PNG', async () => {
		const png = await renderShareImage(input);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
	});

	it('stores the card as an indexed PNG, since anti-aliased flat colours stay under 256', async () => {
		const png = await renderShareImage(input);
		const colourType = png[25];
		expect(colourType).toBe(3);
		expect(PNG.sync.read(Buffer.from(png))).toMatchObject({ width: 1200, height: 630 });
	});

	it('draws the same input to the same bytes, so cached and fresh images agree', async () => {
		expect(await renderShareImage(input)).toEqual(await renderShareImage(input));
	});

	it('draws a different image when the status changes', async () => {
		const claimed = await renderShareImage(input);
		const refuted = await renderShareImage({ ...input, verdict: 'refuted' });
		expect(refuted).not.toEqual(claimed);
	});
});

/** Width and height from the IHDR chunk, which a PNG must start with. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
