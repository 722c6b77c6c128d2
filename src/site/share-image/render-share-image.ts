import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { encodePng } from './encode-png.ts';
import { loadShareImageFonts } from './load-fonts.ts';
import { shareCard } from './share-card.ts';
import type { ShareImageInput } from './share-image-input.ts';

// The size Open Graph and Twitter cards crop least.
const WIDTH = 1200;
const HEIGHT = 630;

/** Draws a claim's share image: the card laid out by satori as SVG, rasterised by resvg, encoded as a 1200×630 PNG. */
export async function renderShareImage(input: ShareImageInput): Promise<Uint8Array<ArrayBuffer>> {
	const svg = await satori(shareCard(input), {
		width: WIDTH,
		height: HEIGHT,
		fonts: await loadShareImageFonts(),
	});
	// Satori draws text as paths, so resvg needs no fonts: skipping the system scan is faster and repeatable.
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: WIDTH },
		font: { loadSystemFonts: false },
	});
	const rendered = resvg.render();
	return encodePng(rendered.pixels, rendered.width, rendered.height);
}
