import { geoDistance } from 'd3-geo';
import { polygonArea } from 'd3-polygon';
import { labelBox, placeLabels, type PlacedLabel } from '../charts/place-labels.ts';
import type { PlacePosition } from '../../core/places/place-position.ts';
import { inArea, placeAreaLabel, type DrawnArea } from './area-labels.ts';
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

/**
 * One place drawn, as a link with its name: a settlement as a dot with its name beside it; a region, whose boundary no
 * dataset here draws, as its name over its centre (never a dot standing for all of it); a country as its area.
 */
export interface MapMark {
	id: string;
	href: string;
	name: string;
	shape: 'dot' | 'region' | 'country';
	x: number;
	y: number;
	/** The dot's radius; 0 for a region or a country. */
	r: number;
	outline: string | undefined;
	/** Undefined when no room is left for the name; the mark is then named for screen readers and below the map. */
	label: PlacedLabel | undefined;
}

/** A country's name written inside the part of it the map shows. */
export interface CountryName {
	text: string;
	x: number;
	/** The baseline. */
	y: number;
}

/** Everything needed to draw a map as SVG, as plain numbers and strings. */
export interface MapLayout {
	width: number;
	height: number;
	fontSize: number;
	land: string;
	borders: string;
	/** The countries the map shows enough of to name, besides those that are places of their own. */
	countryNames: CountryName[];
	countryNameSize: number;
	marks: MapMark[];
	/** Places with no position of their own (listed beside the map with the place they lie within). */
	notDrawn: MapPlace[];
	/** Places too far from the rest to share the map with them (listed beside it). */
	offMap: MapPlace[];
}

const DOT = 4.5;
const FAR = (70 * Math.PI) / 180;
/** Country names are background: smaller than the places the story is about. */
const COUNTRY_NAME_SCALE = 0.85;

/**
 * Lays out a map of the places: an equal-area projection centred on them, the land and borders simplified to its
 * scale, each place drawn as what it is (a dot, a region's name, a country's area) with a label placed clear of the
 * others, then the names of the countries shown wherever they fit.
 */
export function placesMap(places: readonly MapPlace[], options: MapOptions): MapLayout {
	const drawable = places.filter((place) => place.position.drawn !== 'not-drawn');
	const notDrawn = places.filter((place) => place.position.drawn === 'not-drawn');
	const { onMap, offMap } = splitOutliers(drawable);
	if (onMap.length === 0) throw new RangeError('A map needs at least one place with a position');
	const countries = onMap.filter((place) => place.position.drawn === 'outline');
	// A locator map shows a country whole; the map of every place is framed by the places and shows what fits.
	const projection = fitProjection(
		onMap.map((place) => coordinatesOf(place)),
		options,
		options.minRadius,
		options.sizedByClaims
			? []
			: countries.flatMap((place) =>
					place.position.drawn === 'outline' ? [place.position.outline.geometry] : []
				)
	);
	const map = basemap(
		projection,
		countries.map((place) => countryCode(place))
	);
	const bounds = { left: 0, top: 0, right: options.width, bottom: options.height };
	const most = Math.max(...onMap.map((place) => place.claims), 1);
	const placed = onMap
		.map((place) => {
			const shape = shapeOf(place);
			const [x, y] = projection(coordinatesOf(place))!;
			const r =
				shape !== 'dot'
					? 0
					: options.sizedByClaims
						? DOT * Math.sqrt(place.claims / most) * 2.2 + 2
						: DOT;
			return { place, shape, x: round(x), y: round(y), r: round(r) };
		})
		// Areas under everything; then big dots first, so small ones are drawn on top and stay clickable; labels go to
		// the most-named first.
		.sort(
			(a, b) =>
				Number(b.shape === 'country') - Number(a.shape === 'country') ||
				b.r - a.r ||
				b.place.claims - a.place.claims ||
				a.place.name.localeCompare(b.place.name)
		);
	const boxes = placed.map(({ x, y, r }) => ({
		left: x - r,
		right: x + r,
		top: y - r,
		bottom: y + r,
	}));
	// Only dots stand in a name's way: a region or country has no mark at its point, only its name.
	const dots = boxes.filter((_, index) => placed[index]!.r > 0);
	const pointed = placed.flatMap((mark, index) => (mark.shape === 'country' ? [] : [index]));
	const pointLabels = placeLabels(
		pointed.map((index) => ({
			text: placed[index]!.place.name,
			markBox: boxes[index]!,
			ownBoxes: [boxes[index]!],
			y: placed[index]!.y,
			over: placed[index]!.shape === 'region',
		})),
		dots,
		bounds,
		options.fontSize,
		{ vertical: true, farther: true }
	);
	const labels = new Map(pointed.map((index, order) => [index, pointLabels[order]]));
	// Names go on areas last, around everything placed so far.
	const areas = [...map.areas.values()];
	const taken = [
		...dots,
		...[...labels.values()].flatMap((label) => (label ? [labelBox(label, options.fontSize)] : [])),
	];
	placed.forEach((mark, index) => {
		if (mark.shape !== 'country') return;
		const area = map.areas.get(countryCode(mark.place));
		const label =
			area &&
			placeAreaLabel({ ...area, name: mark.place.name }, options.fontSize, taken, bounds, areas);
		if (!label) return;
		taken.push(label.box);
		labels.set(index, {
			text: label.text,
			x: label.x,
			y: baseline(label.y, options.fontSize),
			anchor: 'middle',
		});
	});
	const countryNameSize = round(options.fontSize * COUNTRY_NAME_SCALE);
	const placeCountries = new Set(countries.map(countryCode));
	// The countries the places lie in are named first, then the others, largest first, where room is left.
	const hasPlace = (area: DrawnArea) => placed.some(({ x, y }) => inArea([x, y], area.rings));
	const countryNames = [...map.areas]
		.filter(([code]) => !placeCountries.has(code))
		.map(([, area]) => ({ area, hasPlace: hasPlace(area), shown: shownArea(area) }))
		.sort((a, b) => Number(b.hasPlace) - Number(a.hasPlace) || b.shown - a.shown)
		.map(({ area }) => area)
		.flatMap((area) => {
			const label = placeAreaLabel(area, countryNameSize, taken, bounds, areas);
			if (!label) return [];
			taken.push(label.box);
			return [{ text: label.text, x: label.x, y: baseline(label.y, countryNameSize) }];
		});
	return {
		width: options.width,
		height: options.height,
		fontSize: options.fontSize,
		land: map.land,
		borders: map.borders,
		countryNames,
		countryNameSize,
		marks: placed.map(({ place, shape, x, y, r }, index) => {
			const label = labels.get(index);
			return {
				id: place.id,
				href: place.href,
				name: place.name,
				shape,
				x,
				y,
				r,
				outline: shape === 'country' ? map.countries.get(countryCode(place)) : undefined,
				label: label && roundLabel(label),
			};
		}),
		notDrawn,
		offMap,
	};
}

function shapeOf(place: MapPlace): MapMark['shape'] {
	const { drawn } = place.position;
	return drawn === 'outline' ? 'country' : drawn === 'region' ? 'region' : 'dot';
}

/** The baseline that centres text of this size on `centre`. */
function baseline(centre: number, fontSize: number): number {
	return round(centre + fontSize / 3);
}

function shownArea(area: DrawnArea): number {
	return area.rings.reduce((sum, ring) => sum + Math.abs(polygonArea(ring)), 0);
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
	const { leader } = label;
	return {
		...label,
		x: round(label.x),
		y: round(label.y),
		leader: leader && {
			x1: round(leader.x1),
			y1: round(leader.y1),
			x2: round(leader.x2),
			y2: round(leader.y2),
		},
	};
}
