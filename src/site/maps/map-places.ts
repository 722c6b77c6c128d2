import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { MapPlace } from './places-map.ts';
import type { SiteIndex } from '../site-index.ts';
import { placeChain, placePosition } from '../../core/places/place-position.ts';

/**
 * The places, ready for a map. A locator map draws its marks alike, so it leaves the claim counts out: a claim added
 * elsewhere must not redraw every page's map.
 */
export function mapPlaces(
	placeIds: readonly string[],
	index: Pick<SiteIndex, 'place' | 'claimsAt'>,
	counted: boolean
): MapPlace[] {
	return placeIds.map((id) => {
		const place = index.place(id);
		const position = placePosition(place);
		const within = position.drawn === 'not-drawn' ? index.place(position.within) : undefined;
		return {
			id,
			name: place.data.names.en,
			href: PAGE_PATHS.places(id),
			position,
			claims: counted ? index.claimsAt(id).length : 1,
			within: within && { name: within.data.names.en, href: PAGE_PATHS.places(within.id) },
		};
	});
}

/**
 * The places of a locator map (a claim's, or one place's). When no report locates any of them closely, the places
 * they lie within are mapped instead, and the places themselves listed beside it.
 */
export function locatorPlaces(
	placeIds: readonly string[],
	index: Pick<SiteIndex, 'place' | 'claimsAt'>
): MapPlace[] {
	const places = mapPlaces(placeIds, index, false);
	const drawable = places.some((place) => place.position.drawn !== 'not-drawn');
	const outer = drawable
		? []
		: [...new Set(placeIds.map((id) => placeChain(id, index.place).at(-1)!.id))];
	return [...mapPlaces(outer, index, false), ...places];
}
