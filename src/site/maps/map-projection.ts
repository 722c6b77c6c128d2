import {
	geoAzimuthalEqualArea,
	geoCentroid,
	geoCircle,
	type GeoGeometryObjects,
	type GeoProjection,
} from 'd3-geo';

/** The drawing area of a map, in SVG user units. */
export interface MapSize {
	width: number;
	height: number;
	/** Room kept free at each edge, so marks and their labels stay inside. */
	margin: number;
}

/**
 * An equal-area projection centred on the places, so areas compare truly from the Kursk region to the Pacific coast,
 * fitted to show every place with room around it, and never closer than `minRadius` degrees around their centre (a
 * single city is shown with its country, not its streets).
 */
export function fitProjection(
	points: ReadonlyArray<[number, number]>,
	size: MapSize,
	minRadius: number,
	/** Shapes the map must show whole as well, such as a highlighted country's outline. */
	shapes: readonly GeoGeometryObjects[] = []
): GeoProjection {
	if (points.length === 0) throw new RangeError('A map needs at least one place to centre on');
	const centre = geoCentroid({
		type: 'MultiPoint',
		coordinates: points as Array<[number, number]>,
	});
	const extent: [[number, number], [number, number]] = [
		[size.margin, size.margin],
		[size.width - size.margin, size.height - size.margin],
	];
	return geoAzimuthalEqualArea()
		.rotate([-centre[0], -centre[1]])
		.clipAngle(90)
		.fitExtent(extent, {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'MultiPoint', coordinates: points as Array<[number, number]> },
				geoCircle().center(centre).radius(minRadius)(),
				...shapes,
			],
		})
		.clipExtent([
			[0, 0],
			[size.width, size.height],
		]);
}
