import { geoDistance, geoPath } from 'd3-geo';
import { placeLabels, type PlacedLabel } from '../charts/place-labels.ts';
import type { PlacePosition } from '../places/place-position.ts';
import { basemap } from './basemap.ts';
import { fitProjection, type MapSize } from './map-projection.ts';

/** A place to put on a map: where it is, what it is called, where its mark links, and how many claims name it. */
export interface MapPlace {
	id: string;
	name: string;
	href: string;
	position: PlacePosition;
	/** Claims that name it; sizes its mark on a map of many places. */
	claims: number;
	/** For a place the map cannot draw, the place it lies within. */
	within?: { name: string; href: string } | undefined;
}

/** How a map is drawn: its size, text size, closest zoom, and whether marks grow with their claims. */
export interface MapOptions extends MapSize {
	fontSize: number;
	/** The smallest radius, in degrees, the map shows around its places. */
	minRadius: number;
	/** Marks sized by the number of claims (a map of every place), or all alike (a locator map). */
	sizedByClaims: boolean;
}

/** One place drawn: a dot, or a country's outline, as a link with its name beside it. */
export interface MapMark {
	id: string;
	href: string;
	name: string;
	x: number;
	y: number;
	/** The dot's radius; 0 for a country, whose outline is the mark. */
	r: number;
	outline: string | undefined;
	label: PlacedLabel;
}

/** Everything needed to draw a map as SVG, as plain numbers and strings. */
export interface MapLayout {
	width: number;
	height: number;
	fontSize: number;
	land: string;
	borders: string;
	marks: MapMark[];
	/** Places with no position of their own (listed beside the map with the place they lie within). */
	notDrawn: MapPlace[];
	/** Places too far from the rest to share the map with them (listed beside it). */
	offMap: MapPlace[];
}

const DOT = 4.5;
const FAR = (70 * Math.PI) / 180;

/**
 * Lays out a map of the places: an equal-area projection centred on them, the land and borders simplified to its
 * scale, each place a dot (or its country's outline) with a label placed clear of the others.
 */
export function placesMap(places: readonly MapPlace[], options: MapOptions): MapLayout {
	const drawable = places.filter((place) => place.position.drawn !== 'not-drawn');
	const notDrawn = places.filter((place) => place.position.drawn === 'not-drawn');
	const { onMap, offMap } = splitOutliers(drawable);
	if (onMap.length === 0) throw new RangeError('A map needs at least one place with a position');
	const highlighted = onMap.flatMap((place) =>
		place.position.drawn === 'outline' && !options.sizedByClaims ? [place] : []
	);
	const projection = fitProjection(
		onMap.map((place) => coordinatesOf(place)),
		options,
		options.minRadius,
		highlighted.flatMap((place) =>
			place.position.drawn === 'outline' ? [place.position.outline.geometry] : []
		)
	);
	const map = basemap(
		projection,
		highlighted.map((place) => countryCode(place))
	);
	const path = geoPath(projection);
	const most = Math.max(...onMap.map((place) => place.claims), 1);
	const placed = onMap
		.map((place) => {
			const outline = highlighted.includes(place)
				? map.countries.get(countryCode(place))
				: undefined;
			const [x, y] =
				outline !== undefined && place.position.drawn === 'outline'
					? path.centroid(place.position.outline)
					: projection(coordinatesOf(place))!;
			const r =
				outline !== undefined
					? 0
					: options.sizedByClaims
						? DOT * Math.sqrt(place.claims / most) * 2.2 + 2
						: DOT;
			return { place, x: round(x), y: round(y), r: round(r), outline };
		})
		// Big marks first, so small ones are drawn on top and stay clickable; labels go to the most-named first.
		.sort(
			(a, b) =>
				b.r - a.r || b.place.claims - a.place.claims || a.place.name.localeCompare(b.place.name)
		);
	const boxes = placed.map(({ x, y, r }) => ({
		left: x - r,
		right: x + r,
		top: y - r,
		bottom: y + r,
	}));
	const labels = placeLabels(
		placed.map(({ place, y }, index) => ({
			text: place.name,
			markBox: boxes[index]!,
			ownBoxes: [boxes[index]!],
			y,
		})),
		boxes,
		{ left: 0, top: 0, right: options.width, bottom: options.height },
		options.fontSize,
		{ vertical: true, always: true }
	);
	return {
		width: options.width,
		height: options.height,
		fontSize: options.fontSize,
		land: map.land,
		borders: map.borders,
		marks: placed.map(({ place, x, y, r, outline }, index) => ({
			id: place.id,
			href: place.href,
			name: place.name,
			x,
			y,
			r,
			outline,
			label: roundLabel(labels[index]!),
		})),
		notDrawn,
		offMap,
	};
}

function coordinatesOf(place: MapPlace): [number, number] {
	if (place.position.drawn === 'not-drawn') throw new Error(`${place.id} has no position`);
	return place.position.coordinates;
}

function countryCode(place: MapPlace): string {
	return place.position.drawn === 'outline' ? place.position.outline.properties.a3 : '';
}

/**
 * A place far from all the others (New York, on a story set between Kursk and the Pacific) would shrink the rest to a
 * corner: one more than 70° of arc (7,800 km) from the others' centre, and one and a half times as far as the next
 * farthest, is listed instead. Kursk and Vladivostok, 6,400 km apart, share a map.
 */
function splitOutliers(places: readonly MapPlace[]): { onMap: MapPlace[]; offMap: MapPlace[] } {
	const onMap = [...places];
	const offMap: MapPlace[] = [];
	while (onMap.length > 2) {
		const distances = onMap.map((place, index) => {
			const others = onMap.filter((_, other) => other !== index).map(coordinatesOf);
			const centre = sphericalMean(others);
			return geoDistance(coordinatesOf(place), centre);
		});
		const order = distances
			.map((distance, index) => [distance, index] as const)
			.sort((a, b) => b[0] - a[0]);
		const [farthest, next] = [order[0]!, order[1]!];
		if (farthest[0] <= 1.5 * next[0] || farthest[0] < FAR) break;
		offMap.push(...onMap.splice(farthest[1], 1));
	}
	return { onMap, offMap };
}

/** The mean direction of points on the sphere, as longitude and latitude. */
function sphericalMean(points: ReadonlyArray<[number, number]>): [number, number] {
	const radians = Math.PI / 180;
	const sum = points.reduce<[number, number, number]>(
		([x, y, z], [lon, lat]) => [
			x + Math.cos(lat * radians) * Math.cos(lon * radians),
			y + Math.cos(lat * radians) * Math.sin(lon * radians),
			z + Math.sin(lat * radians),
		],
		[0, 0, 0]
	);
	return [
		Math.atan2(sum[1], sum[0]) / radians,
		Math.atan2(sum[2], Math.hypot(sum[0], sum[1])) / radians,
	];
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

function roundLabel(label: PlacedLabel): PlacedLabel {
	return { ...label, x: round(label.x), y: round(label.y) };
}
