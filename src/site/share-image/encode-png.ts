import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * Encodes opaque RGBA pixels as a PNG without alpha. A card is flat colour with anti-aliased text, so it has
 * far fewer than 256 distinct colours: then the PNG is indexed, one byte a pixel, which is lossless and about half
 * the size of resvg's truecolour PNG, in about half the time. With more colours it is truecolour. Kept instead of
 * sharp: sharp's palette PNGs are 7–17 % smaller but take 5–7 times as long (BENCHMARKS.md, "Share images").
 */
export function encodePng(
	rgba: Uint8Array,
	width: number,
	height: number
): Uint8Array<ArrayBuffer> {
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
		throw new Error(`encodePng: ${width}×${height} is not an image size`);
	if (rgba.length !== width * height * 4)
		throw new Error(`encodePng: ${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
	const indexed = indexedScanlines(rgba, width);
	const header = new Uint8Array(13);
	const view = new DataView(header.buffer);
	view.setUint32(0, width);
	view.setUint32(4, height);
	header[8] = 8; // bits per sample, or per palette index
	header[9] = indexed ? COLOUR_TYPE_INDEXED : COLOUR_TYPE_RGB;
	const scanlines = indexed?.scanlines ?? rgbScanlines(rgba, width);
	return concat([
		SIGNATURE,
		chunk('IHDR', header),
		...(indexed ? [chunk('PLTE', indexed.palette)] : []),
		chunk('IDAT', deflateSync(scanlines, DEFLATE_OPTIONS)),
		chunk('IEND', new Uint8Array(0)),
	]);
}

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
const COLOUR_TYPE_RGB = 2;
const COLOUR_TYPE_INDEXED = 3;
const MAX_PALETTE = 256;
const OPAQUE = 255;
const FILTER_NONE = 0;
// Measured on cards: level 4 with the filtered strategy is within 6 % of level 9's size in a twentieth of the time.
const DEFLATE_OPTIONS = { level: 4, strategy: constants.Z_FILTERED };

/**
 * Scanlines of palette indices, each led by filter type 0 (none, which the PNG spec advises for indexed images),
 * and the palette in order of first appearance; undefined when the image has more than 256 colours.
 */
function indexedScanlines(
	rgba: Uint8Array,
	width: number
): { scanlines: Uint8Array; palette: Uint8Array } | undefined {
	const pixels = pixelWords(rgba);
	const scanlines = new Uint8Array(pixels.length + pixels.length / width);
	const indexOfPixel = new Map<number, number>();
	const palette = new Uint8Array(MAX_PALETTE * 3);
	let previousPixel = -1;
	let previousIndex = 0;
	let out = 0;
	for (let position = 0; position < pixels.length; position++) {
		if (position % width === 0) scanlines[out++] = FILTER_NONE;
		const pixel = pixels[position]!;
		// Runs of one colour are the common case: skip the map for them.
		if (pixel !== previousPixel) {
			let index = indexOfPixel.get(pixel);
			if (index === undefined) {
				index = indexOfPixel.size;
				if (index === MAX_PALETTE) return undefined;
				assertOpaque(rgba, position, width);
				indexOfPixel.set(pixel, index);
				palette.set(rgba.subarray(position * 4, position * 4 + 3), index * 3);
			}
			previousPixel = pixel;
			previousIndex = index;
		}
		scanlines[out++] = previousIndex;
	}
	return { scanlines, palette: palette.subarray(0, indexOfPixel.size * 3) };
}

/** Each pixel's four bytes as one number, read in place when the bytes are aligned for it. */
function pixelWords(rgba: Uint8Array): Uint32Array {
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
	return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/** Scanlines of RGB samples, each led by filter type 0 (none). */
function rgbScanlines(rgba: Uint8Array, width: number): Uint8Array {
	const pixelCount = rgba.length / 4;
	const scanlines = new Uint8Array(pixelCount * 3 + pixelCount / width);
	let out = 0;
	for (let pixel = 0, byte = 0; pixel < pixelCount; pixel++, byte += 4) {
		if (pixel % width === 0) scanlines[out++] = FILTER_NONE;
		if (rgba[byte + 3] !== OPAQUE) assertOpaque(rgba, pixel, width);
		scanlines[out++] = rgba[byte]!;
		scanlines[out++] = rgba[byte + 1]!;
		scanlines[out++] = rgba[byte + 2]!;
	}
	return scanlines;
}

// Dropping alpha would turn a see-through pixel into whatever colour it happens to hold.
function assertOpaque(rgba: Uint8Array, position: number, width: number): void {
	if (rgba[position * 4 + 3] === OPAQUE) return;
	const [x, y] = [position % width, Math.floor(position / width)];
	throw new Error(
		`encodePng: the pixel at ${x},${y} is not opaque; give the image an opaque background`
	);
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(12 + data.length);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, data.length);
	for (let i = 0; i < 4; i++) bytes[4 + i] = type.charCodeAt(i);
	bytes.set(data, 8);
	view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
	return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const whole = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		whole.set(part, offset);
		offset += part.length;
	}
	return whole;
}
