import { IngestError } from '../extract/article.ts';

/**
 * The text of an article file's bytes: UTF-8 (a byte-order mark dropped), or UTF-16 when a byte-order mark says so.
 * Anything else is an IngestError that names the encoding problem and what to do.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
	const utf16 = utf16Encoding(bytes);
	if (utf16 !== undefined) return new TextDecoder(utf16).decode(bytes);
	if (bytes.includes(0))
		throw new IngestError(
			looksLikeUtf16WithoutMark(bytes)
				? `${path} looks like UTF-16 text without a byte-order mark — save it as UTF-8 and run again`
				: `${path} is a binary file, not text — save the article as plain text, Markdown or an HTML page`
		);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IngestError(
			`${path} is not UTF-8 text (it may be Windows-1252 or another older encoding) — save it as UTF-8`
		);
	}
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

// English in UTF-16 puts a NUL in every other byte: at least a third of the first bytes, all on one parity.
function looksLikeUtf16WithoutMark(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 512);
	let even = 0;
	let odd = 0;
	sample.forEach((byte, index) => {
		if (byte !== 0) return;
		if (index % 2 === 0) even += 1;
		else odd += 1;
	});
	return Math.max(even, odd) >= sample.length / 3 && Math.min(even, odd) === 0;
}
