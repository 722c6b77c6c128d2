import { createHash } from 'node:crypto';
import { sourceVersion } from '../code-version.ts';
import { libraryVersion } from '../library-version.ts';
import { verdictColours } from '../statuses/verdict-colours.ts';
// The library versions redraw cards on upgrades; the card code's own version comes from its source.
const LIBRARIES = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'];

let version: string | undefined;

/** Names everything besides the input that decides a share image's pixels; part of every cache key. */
export function rendererVersion(): string {
	version ??= [
		// How cards look (share-card.ts) and are stored (encode-png.ts), and all they import.
		sourceVersion(['src/lib/share-image/render-share-image.ts']),
		...LIBRARIES.map(libraryVersion),
		// The verdict colours live in the stylesheet: a colour edited there redraws the cards that use it.
		`colours:${createHash('sha256').update(JSON.stringify(verdictColours())).digest('hex').slice(0, 12)}`,
	].join(' ');
	return version;
}
