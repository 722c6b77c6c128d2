import type { MapOptions } from './places-map.ts';

/**
 * The maps the site draws. Text in an SVG scales with it, so the map of every place has phone drawings and a wide
 * one; a locator map is small enough for one drawing to read at both.
 */
export const MAP_SIZES = {
	locator: {
		width: 400,
		height: 260,
		margin: 28,
		fontSize: 13,
		minRadius: 9,
		sizedByClaims: false,
	},
	overviewCompact: {
		width: 400,
		height: 300,
		margin: 24,
		fontSize: 14,
		minRadius: 6,
		sizedByClaims: true,
	},
	overviewWide: {
		width: 880,
		height: 500,
		margin: 32,
		fontSize: 13,
		minRadius: 9,
		sizedByClaims: true,
	},
} as const satisfies Record<string, MapOptions>;
