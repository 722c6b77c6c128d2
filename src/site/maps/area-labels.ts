import { geoPath, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';
import { polygonArea, polygonContains } from 'd3-polygon';
import polylabel from 'polylabel';
import { LINE_HEIGHT, overlaps, textWidth, type Box } from '../charts/place-labels.ts';

/** A country's part of the map: the rings of its outline as drawn, in SVG user units, clipped to the frame. */
export interface DrawnArea {
	name: string;
	rings: Array<Array<[number, number]>>;
}

/** A name written inside an area: its centre, and the box it covers. */
export interface AreaLabel {
	text: string;
	x: number;
	y: number;
	box: Box;
}

/** Country names are set in capitals spaced this much apart (em), as atlases set them, and reckoned so. */
export const AREA_LETTER_SPACING = 0.12;
/** Candidate centres tried around the best one, so a name can step aside from a place's label. */
const MAX_CANDIDATES = 600;

/** The rings a shape draws on this projection (clipped to its frame), as polygons in SVG user units. */
export function drawnRings(
	projection: GeoStreamWrapper,
	shape: GeoPermissibleObjects
): Array<Array<[number, number]>> {
	const rings: Array<Array<[number, number]>> = [];
	let ring: Array<[number, number]> = [];
	geoPath(projection, {
		moveTo: (x, y) => {
			ring = [[x, y]];
			rings.push(ring);
		},
		lineTo: (x, y) => void ring.push([x, y]),
		beginPath: () => undefined,
		closePath: () => undefined,
		arc: () => undefined,
	})(shape);
	return rings.filter((points) => points.length >= 3);
}

/**
 * Writes a name on its area where it overlaps nothing taken (marks, place labels, other names): inside the area when
 * it fits, first at its pole of inaccessibility (the point farthest from its edges), else the nearest point that
 * works; for an area too small or crowded for that (North Korea beside its cities), centred on the area and running
 * over the sea, else over a neighbour's edge with at least half the name at home. At each step a name with a compass
 * word may be shortened ("N. Korea") where the whole one has no room. Undefined when none works.
 */
export function placeAreaLabel(
	area: DrawnArea,
	fontSize: number,
	taken: readonly Box[],
	bounds: Box,
	neighbours: readonly DrawnArea[]
): AreaLabel | undefined {
	const largest = [...area.rings].sort(
		(a, b) => Math.abs(polygonArea(b)) - Math.abs(polygonArea(a))
	)[0];
	if (!largest) return undefined;
	const [poleX, poleY] = polylabel([largest], 1);
	const xs = largest.map(([x]) => x);
	const ys = largest.map(([, y]) => y);
	const step = fontSize / 2;
	const points: Array<[number, number]> = [[poleX, poleY]];
	for (let x = Math.min(...xs); x <= Math.max(...xs); x += step)
		for (let y = Math.min(...ys); y <= Math.max(...ys); y += step) points.push([x, y]);
	const nearest = points
		.filter((point) => inArea(point, area.rings))
		.sort((a, b) => Math.hypot(a[0] - poleX, a[1] - poleY) - Math.hypot(b[0] - poleX, b[1] - poleY))
		.slice(0, MAX_CANDIDATES);
	const others = neighbours.filter((neighbour) => neighbour.rings !== area.rings);
	const height = fontSize * LINE_HEIGHT;
	// As atlases do, a name with a compass word is shortened where the whole name has no room: "N. Korea".
	const short = area.name.replace(COMPASS_WORD, (word) => `${word[0]}.`);
	const names = short === area.name ? [area.name] : [area.name, short];
	const boxesOf = (text: string) => {
		const width = textWidth(text.toLocaleUpperCase('en'), fontSize, AREA_LETTER_SPACING);
		return ([x, y]: [number, number]): Box => ({
			left: x - width / 2,
			right: x + width / 2,
			top: y - height / 2,
			bottom: y + height / 2,
		});
	};
	const free = (box: Box) =>
		box.left >= bounds.left &&
		box.right <= bounds.right &&
		box.top >= bounds.top &&
		box.bottom <= bounds.bottom &&
		!taken.some((other) => overlaps(box, other));
	// How a name at a point lies: its share at home, and whether any of it is on a neighbour's land.
	const lie = (box: Box) => {
		const points = probes(box);
		const home = points.filter((probe) => inArea(probe, area.rings)).length;
		const abroad = points.some(
			(probe) => !inArea(probe, area.rings) && others.some((other) => inArea(probe, other.rings))
		);
		return { home: home / points.length, abroad };
	};
	// Inside its area, then running over the sea, then over a neighbour’s edge with at least half the name at home; at each
	// step the whole name before the short one.
	const fits: Array<(box: Box) => boolean> = [
		(box) => lie(box).home === 1,
		(box) => !lie(box).abroad,
		(box) => lie(box).home >= 0.5,
	];
	for (const fit of fits)
		for (const text of names) {
			const boxAt = boxesOf(text);
			const point = nearest.find((candidate) => free(boxAt(candidate)) && fit(boxAt(candidate)));
			if (point) return { text, x: round(point[0]), y: round(point[1]), box: boxAt(point) };
		}
	return undefined;
}

const COMPASS_WORD = /\b(?:North|South|East|West)(?=\s)/g;

/** Points along a box's edges and middle, every text height: where it must lie inside its area (or off others). */
function probes(box: Box): Array<[number, number]> {
	const midY = (box.top + box.bottom) / 2;
	const across = Math.ceil((box.right - box.left) / (box.bottom - box.top));
	return Array.from(
		{ length: across + 1 },
		(_, step) => box.left + ((box.right - box.left) * step) / across
	).flatMap((x) => [box.top, midY, box.bottom].map((y): [number, number] => [x, y]));
}

/** Whether a point is in the area, counted even-odd over its rings (so a lake or an enclave is a hole). */
export function inArea(
	point: [number, number],
	rings: ReadonlyArray<Array<[number, number]>>
): boolean {
	return rings.filter((ring) => polygonContains(ring, point)).length % 2 === 1;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
