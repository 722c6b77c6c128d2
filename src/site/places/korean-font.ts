import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One slice of Noto Sans KR as @fontsource ships it: a woff2 file and the characters it covers. */
interface FontSlice {
	file: string;
	ranges: Array<[number, number]>;
}

/** Where the font's files are served from on the site. */
export const KOREAN_FONT_PATH = '/fonts/';

let slices: FontSlice[] | undefined;

/** The package's regular-weight slices, read from its stylesheet (120-odd, each a few thousand Hangul syllables). */
function fontSlices(): FontSlice[] {
	if (slices) return slices;
	const css = readFileSync(join(packageFolder(), '400.css'), 'utf8');
	slices = [
		...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g),
	].map(([, file, ranges]) => ({
		file: file!,
		ranges: ranges!.split(',').map((range) => {
			const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
		}),
	}));
	return slices;
}

/**
 * The font's slices that the texts need (a browser without a Korean font fetches only these), as @font-face rules
 * that prefer a Korean font already on the reader's device, and the files to serve.
 */
export function koreanFontFaces(texts: readonly string[]): { css: string; files: string[] } {
	// Latin letters and spaces keep the site's own font; only Korean script needs this one.
	const codePoints = new Set(
		[...texts.join('')]
			.map((character) => character.codePointAt(0)!)
			.filter((point) => point > 0x7f)
	);
	const needed = fontSlices().filter((slice) =>
		[...codePoints].some((point) => slice.ranges.some(([from, to]) => point >= from && point <= to))
	);
	const faces = needed.map(
		(slice) =>
			`@font-face{font-family:'Noto Sans KR';font-style:normal;font-weight:400;font-display:swap;src:local('Noto Sans KR'),local('Noto Sans CJK KR'),local('Malgun Gothic'),local('Apple SD Gothic Neo'),url(${KOREAN_FONT_PATH}${slice.file}) format('woff2');unicode-range:${slice.ranges
				.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
				.join(',')}}`
	);
	const use = ":lang(ko){font-family:'Noto Sans KR',system-ui,sans-serif}";
	return { css: `${[...faces, use].join('\n')}\n`, files: needed.map((slice) => slice.file) };
}

/** The bytes of one of the font's files. */
export function koreanFontFile(file: string): Buffer {
	return readFileSync(join(packageFolder(), 'files', file));
}

function packageFolder(): string {
	return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/400.css'));
}

function hex(point: number): string {
	return point.toString(16);
}
