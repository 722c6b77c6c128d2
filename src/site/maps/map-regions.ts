import type { MapPlace } from './places-map.ts';

/**
 * Places spread across half a continent crowd a phone-sized map: split them where the widest gap in longitude is more
 * than `minGap` degrees (Kursk and Kazan from the Pacific coast), west first, so each part gets a map of its own.
 * Places the map cannot draw stay with the first part.
 */
export function splitByLongitude(places: readonly MapPlace[], minGap: number): MapPlace[][] {
	const drawn = places
		.filter((place) => place.position.drawn !== 'not-drawn')
		.sort((a, b) => longitude(a) - longitude(b));
	const gaps = drawn.slice(1).map((place, index) => longitude(place) - longitude(drawn[index]!));
	const widest = Math.max(...gaps, 0);
	if (widest <= minGap) return [[...places]];
	const cut = gaps.indexOf(widest) + 1;
	const notDrawn = places.filter((place) => place.position.drawn === 'not-drawn');
	return [[...drawn.slice(0, cut), ...notDrawn], drawn.slice(cut)];
}

function longitude(place: MapPlace): number {
	return place.position.drawn === 'not-drawn' ? 0 : place.position.coordinates[0];
}
