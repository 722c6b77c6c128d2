import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { worldAtlas, type WorldTopology } from '../../core/places/world-atlas.ts';
import { drawnRings, type DrawnArea } from './area-labels.ts';

/** The land, the borders between countries and the highlighted countries, as SVG paths for one projection. */
export interface Basemap {
	land: string;
	borders: string;
	/** Each highlighted country's outline, by ISO 3166-1 alpha-3 code (numeric ids repeat in the atlas). */
	countries: Map<string, string>;
	/** Every country the map shows some of, with its rings as drawn, by alpha-3 code: where its name can go. */
	areas: Map<string, DrawnArea>;
}

/** Smallest triangle, in square pixels, a simplified outline keeps: finer detail is invisible at map size. */
const MIN_AREA_PX = 3;

type SimplifiableTopology = Parameters<typeof presimplify>[0];

let weighted: SimplifiableTopology | undefined;

/**
 * The atlas simplified to what the projection can show (Visvalingam's method by spherical area, so coastlines lose
 * points evenly at any latitude) and drawn with whole-pixel coordinates, so a map stays a few kilobytes.
 */
export function basemap(projection: GeoProjection, highlighted: readonly string[] = []): Basemap {
	weighted ??= presimplify(
		structuredClone(worldAtlas()) as unknown as SimplifiableTopology,
		sphericalTriangleArea
	);
	// Near the centre of an azimuthal equal-area projection a pixel covers 1/scale² steradians.
	const atlas = simplify(
		weighted,
		MIN_AREA_PX / projection.scale() ** 2
	) as unknown as WorldTopology;
	const path = geoPath(projection).digits(0);
	const { countries, land } = atlas.objects;
	return {
		land: path(feature(atlas, land)) ?? '',
		borders: path(mesh(atlas, countries, (a, b) => a !== b)) ?? '',
		countries: new Map(
			countries.geometries
				.filter((country) => highlighted.includes(alpha3(country)))
				.map((country) => [alpha3(country), path(feature(atlas, country)) ?? ''])
		),
		areas: new Map(
			countries.geometries.flatMap((country) => {
				const rings = drawnRings(projection, feature(atlas, country));
				return rings.length > 0 ? [[alpha3(country), { name: countryName(country), rings }]] : [];
			})
		),
	};
}

function alpha3(country: { properties?: unknown }): string {
	return (country.properties as { a3?: string } | undefined)?.a3 ?? '';
}

function countryName(country: { properties?: unknown }): string {
	return (country.properties as { name?: string } | undefined)?.name ?? '';
}
