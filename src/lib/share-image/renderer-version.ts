import { createHash } from 'node:crypto';
import { libraryVersion } from '../library-version.ts';
import { VERDICT_COLOURS } from '../statuses/verdict-colours.ts';
// Bump when share-card.ts changes how cards look or encode-png.ts how they are stored; the library versions below
// redraw cards on upgrades.
const CARD_DESIGN = 'card-3';
const LIBRARIES = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'];

/** Names everything besides the input that decides a share image's pixels; part of every cache key. */
export const RENDERER_VERSION = [
	CARD_DESIGN,
	...LIBRARIES.map(libraryVersion),
	// The verdict colours live in the stylesheet: a colour edited there redraws the cards that use it.
	`colours:${createHash('sha256').update(JSON.stringify(VERDICT_COLOURS)).digest('hex').slice(0, 12)}`,
].join(' ');
