import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';

// Latin for English, latin-ext and cyrillic so names and quotes in other scripts do not fall back to boxes.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;

let loaded: Promise<Font[]> | undefined;

/** Noto Sans (400 and 700; latin, latin-ext, cyrillic) from the installed @fontsource package, read once. */
export function loadShareImageFonts(): Promise<Font[]> {
	loaded ??= readFonts().catch((error: unknown) => {
		loaded = undefined;
		throw error;
	});
	return loaded;
}

async function readFonts(): Promise<Font[]> {
	const require = createRequire(import.meta.url);
	// Satori reads woff (not woff2), and the package ships both side by side.
	const files = SUBSETS.flatMap((subset) =>
		WEIGHTS.map((weight) => ({
			// Satori keeps one font per family and weight, and falls back across families glyph by glyph.
			name: `Noto Sans ${subset}`,
			weight,
			path: require.resolve(
				`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`
			),
		}))
	);
	return Promise.all(
		files.map(async ({ name, weight, path }) => ({
			name,
			data: await readFile(path),
			weight,
			style: 'normal' as const,
		}))
	);
}
