import { createHash } from 'node:crypto';
import { libraryVersion } from '../library-version.ts';
import { verdictColours } from '../statuses/verdict-colours.ts';
// Bump when share-card.ts changes how cards look or encode-png.ts how they are stored; the library versions below
// redraw cards on upgrades.
const CARD_DESIGN = 'card-3';
const LIBRARIES = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'];

let version: string | undefined;

/** Names everything besides the input that decides a share image's pixels; part of every cache key. */
export function rendererVersion(): string {
	version ??= [
		CARD_DESIGN,
		...LIBRARIES.map(libraryVersion),
		// The verdict colours live in the stylesheet: a colour edited there redraws the cards that use it.
		`colours:${createHash('sha256').update(JSON.stringify(verdictColours())).digest('hex').slice(0, 12)}`,
	].join(' ');
	return version;
}
