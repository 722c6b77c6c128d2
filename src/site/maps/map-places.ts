import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { MapPlace } from './places-map.ts';
import type { SiteIndex } from '../site-index.ts';
import { placePosition } from '../../core/places/place-position.ts';

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
