import { libraryVersion } from '../library-version.ts';
// Bump when share-card.ts changes how cards look or encode-png.ts how they are stored; the library versions below
// redraw cards on upgrades.
const CARD_DESIGN = 'card-3';
const LIBRARIES = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'];

/** Names everything besides the input that decides a share image's pixels; part of every cache key. */
export const RENDERER_VERSION = [CARD_DESIGN, ...LIBRARIES.map(libraryVersion)].join(' ');
