import { geoCentroid } from 'd3-geo';
import type { PlaceRecord } from '../schemas/records.ts';
import { gazetteerEntry } from './gazetteer.ts';
import { countryOutline, type CountryOutline } from './world-atlas.ts';

/**
 * Where the map draws a place: a point (a settlement), a region's name at its centre (no dataset here has its
 * boundary), a country's outline, or nowhere.
 */
export type PlacePosition =
	| { drawn: 'point' | 'region'; coordinates: [number, number]; from: string }
	| { drawn: 'outline'; coordinates: [number, number]; outline: CountryOutline; from: string }
	| { drawn: 'not-drawn'; within: string };

/**
 * Resolves a place's location through the datasets it names. The content check has made sure each entry exists; a
 * missing one here means the check was skipped.
 */
export function placePosition(place: PlaceRecord): PlacePosition {
	const { location } = place.data;
	if ('within' in location) return { drawn: 'not-drawn', within: location.within };
	if ('country' in location) {
		const outline = countryOutline(location.country);
		if (!outline)
			throw new Error(
				`Place ${place.id}: no country ${location.country} in the atlas — run npm run check`
			);
		return {
			drawn: 'outline',
			coordinates: geoCentroid(outline),
			outline,
			from: 'Natural Earth',
		};
	}
	const id = 'geonames' in location ? location.geonames : location.centre;
	const entry = gazetteerEntry(id);
	if (!entry) throw new Error(`Place ${place.id}: no GeoNames entry ${id} — run npm run check`);
	return {
		drawn: 'region' in location ? 'region' : 'point',
		coordinates: entry.coordinates,
		from: `GeoNames ${id}`,
	};
}

/** The place and every place it lies within, nearest first; the content check has ruled out loops. */
export function placeChain(id: string, place: (id: string) => PlaceRecord): PlaceRecord[] {
	const chain = [place(id)];
	for (let location = chain[0]!.data.location; 'within' in location;) {
		const outer = place(location.within);
		chain.push(outer);
		location = outer.data.location;
	}
	return chain;
}
