import { mapCacheDir } from '../build-cache-dir.ts';
import { mapPlaces } from '../../site/maps/map-places.ts';
import type { SiteIndex } from '../../site/site-index.ts';
import { cachedPlacesMap } from './cached-map.ts';
import { MAP_SIZES } from '../../site/maps/map-sizes.ts';
import { splitByLongitude } from '../../site/maps/map-regions.ts';
import type { MapLayout, MapPlace } from '../../site/maps/places-map.ts';

/** The locator map of some places (`locatorPlaces`), or undefined for none. */
export async function locatorMap(places: readonly MapPlace[]): Promise<MapLayout | undefined> {
	if (places.length === 0) return undefined;
	return cachedPlacesMap(places, MAP_SIZES.locator, mapCacheDir(process.cwd()));
}

/**
 * Every place named by a published claim, each sized by its claims: one wide map, and for phones the same places in
 * one map per part of the world (west and east), so the labels stay readable.
 */
export async function overviewMaps(
	index: Pick<SiteIndex, 'place' | 'claimsAt' | 'places'>
): Promise<{ wide: MapLayout; compact: MapLayout[] } | undefined> {
	const named = index.places
		.filter((place) => index.claimsAt(place.id).length > 0)
		.map((place) => place.id);
	const places = mapPlaces(named, index, true);
	if (places.every((place) => place.position.drawn === 'not-drawn')) return undefined;
	const cacheDir = mapCacheDir(process.cwd());
	const wide = await cachedPlacesMap(places, MAP_SIZES.overviewWide, cacheDir);
	// The parts leave out what the wide map leaves out (and lists), so they split only what is drawn.
	const offMap = new Set(wide.offMap.map((place) => place.id));
	const compact = await Promise.all(
		splitByLongitude(
			places.filter((place) => !offMap.has(place.id)),
			30
		).map((part) => cachedPlacesMap(part, MAP_SIZES.overviewCompact, cacheDir))
	);
	return { wide, compact };
}
