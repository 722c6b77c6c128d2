import { mapCacheDir } from '../build-cache-dir.ts';
import { mapPlaces } from '../../site/maps/map-places.ts';
import { placeChain } from '../../core/places/place-position.ts';
import type { SiteIndex } from '../../site/site-index.ts';
import { cachedPlacesMap } from './cached-map.ts';
import { MAP_SIZES } from '../../site/maps/map-sizes.ts';
import { splitByLongitude } from '../../site/maps/map-regions.ts';
import type { MapLayout } from '../../site/maps/places-map.ts';

type PlaceLookup = Pick<SiteIndex, 'place' | 'claimsAt'>;

/**
 * A locator map of some places (a claim's, or one place's), or undefined for none. When no report locates any of them
 * closely, it maps the places they lie within instead, and lists them beside it.
 */
export async function locatorMap(
	placeIds: readonly string[],
	index: PlaceLookup
): Promise<MapLayout | undefined> {
	if (placeIds.length === 0) return undefined;
	const places = mapPlaces(placeIds, index, false);
	const drawable = places.some((place) => place.position.drawn !== 'not-drawn');
	const outer = drawable
		? []
		: [...new Set(placeIds.map((id) => placeChain(id, index.place).at(-1)!.id))];
	return cachedPlacesMap(
		[...mapPlaces(outer, index, false), ...places],
		MAP_SIZES.locator,
		mapCacheDir(process.cwd())
	);
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
