import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/site/share-image/encode-png.ts';

// pngjs decodes independently of the encoder, so a round trip checks the bytes against the PNG format, not itself.
function decode(png: Uint8Array): {
	width: number;
	height: number;
	rgba: number[];
	colourType: number;
} {
	const decoded = PNG.sync.read(Buffer.from(png));
	return {
		width: decoded.width,
		height: decoded.height,
		rgba: [...decoded.data],
		colourType: png[25]!,
	};
}

/** Where two pixel buffers first differ, or -1: a whole card is too many bytes for a readable diff. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
	if (a.length !== b.length) return Math.min(a.length, b.length);
	return a.findIndex((byte, index) => byte !== b[index]);
}

/** Opaque pixels from a function of their position. */
function pixels(
	width: number,
	height: number,
	colour: (x: number, y: number) => number[]
): Uint8Array {
	const rgba = new Uint8Array(width * height * 4);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) rgba.set([...colour(x, y), 255], (y * width + x) * 4);
	return rgba;
}

describe('encodePng', () => {
	it('stores an image of few colours as an indexed PNG that decodes to the same pixels', () => {
		const rgba = pixels(37, 11, (x, y) =>
			x === y ? [27, 29, 33] : x % 5 === 0 ? [14, 116, 144] : [253, 253, 252]
		);
		const png = encodePng(rgba, 37, 11);
		expect(decode(png)).toEqual({ width: 37, height: 11, rgba: [...rgba], colourType: 3 });
	});

	it('stores an image of more than 256 colours as truecolour, still losslessly', () => {
		const rgba = pixels(40, 30, (x, y) => [x * 6, y * 8, (x * y) % 256]);
		const png = encodePng(rgba, 40, 30);
		expect(decode(png)).toEqual({ width: 40, height: 30, rgba: [...rgba], colourType: 2 });
	});

	it('keeps exactly 256 colours indexed and goes truecolour at 257', () => {
		const grey = (count: number) => pixels(count, 1, (x) => [x % 256, Math.floor(x / 256), 0]);
		expect(decode(encodePng(grey(256), 256, 1)).colourType).toBe(3);
		expect(decode(encodePng(grey(257), 257, 1))).toMatchObject({
			colourType: 2,
			rgba: [...grey(257)],
		});
	});

	it('reads pixels that do not start on a 4-byte boundary', () => {
		const rgba = pixels(3, 2, (x, y) => [x * 80, y * 90, 7]);
		const unaligned = new Uint8Array(rgba.length + 1).subarray(1);
		unaligned.set(rgba);
		expect(decode(encodePng(unaligned, 3, 2)).rgba).toEqual([...rgba]);
	});

	it('encodes anti-aliased drawing as resvg renders it, without changing a pixel, smaller than resvg does', () => {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120">
			<rect width="300" height="120" fill="#fdfdfc"/><rect width="300" height="6" fill="#0e7490"/>
			<circle cx="60" cy="60" r="33" fill="none" stroke="#b91c1c" stroke-width="3"/>
			<path d="M110 40 C 150 10, 190 110, 280 60" fill="none" stroke="#1b1d21" stroke-width="2"/></svg>`;
		const rendered = new Resvg(svg).render();
		const png = encodePng(rendered.pixels, rendered.width, rendered.height);
		const decoded = PNG.sync.read(Buffer.from(png));
		expect([decoded.width, decoded.height, png[25]]).toEqual([300, 120, 3]);
		expect(firstDifference(decoded.data, rendered.pixels)).toBe(-1);
		expect(png.length).toBeLessThan(rendered.asPng().length);
	});

	it('gives the same bytes for the same pixels', () => {
		const rgba = pixels(20, 20, (x, y) => [x * 12, y * 12, 200]);
		expect(encodePng(rgba, 20, 20)).toEqual(encodePng(rgba.slice(), 20, 20));
	});

	it('refuses pixels that are not opaque, naming the first one, in both forms', () => {
		const few = pixels(4, 4, () => [250, 250, 250]);
		few[(2 * 4 + 3) * 4 + 3] = 128;
		expect(() => encodePng(few, 4, 4)).toThrow(
			'encodePng: the pixel at 3,2 is not opaque; give the image an opaque background'
		);
		const many = pixels(20, 20, (x, y) => [x * 12, y * 12, 0]);
		many[(19 * 20 + 1) * 4 + 3] = 0;
		expect(() => encodePng(many, 20, 20)).toThrow('the pixel at 1,19 is not opaque');
	});

	it('refuses a size that does not match the pixels', () => {
		expect(() => encodePng(new Uint8Array(16), 3, 2)).toThrow(
			'encodePng: 16 bytes are not 3×2 RGBA pixels'
		);
		expect(() => encodePng(new Uint8Array(0), 0, 0)).toThrow('encodePng: 0×0 is not an image size');
	});
});
