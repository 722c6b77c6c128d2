import { geoIdentity } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/site/charts/place-labels.ts';
import {
	drawnRings,
	inArea,
	placeAreaLabel,
	type DrawnArea,
} from '../../../src/site/maps/area-labels.ts';

const BOUNDS: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const square = (name: string, left: number, top: number, size: number): DrawnArea => ({
	name,
	rings: [
		[
			[left, top],
			[left + size, top],
			[left + size, top + size],
			[left, top + size],
			[left, top],
		],
	],
});

describe('placeAreaLabel', () => {
	it('writes the name at the middle of an area with room for it', () => {
		const area = square('Mongolia', 50, 50, 200);
		const label = placeAreaLabel(area, 12, [], BOUNDS, [area])!;
		expect(label.x).toBeCloseTo(150, 0);
		expect(label.y).toBeCloseTo(150, 0);
		expect(label.text).toBe('Mongolia');
	});

	it('steps aside from what is taken, staying inside the area', () => {
		const area = square('Mongolia', 50, 50, 200);
		const taken: Box = { left: 60, right: 240, top: 140, bottom: 160 };
		const label = placeAreaLabel(area, 12, [taken], BOUNDS, [area])!;
		expect(overlaps(label.box, taken)).toBe(false);
		for (const [x, y] of [
			[label.box.left, label.box.top],
			[label.box.right, label.box.bottom],
		] as Array<[number, number]>)
			expect(inArea([x, y], area.rings)).toBe(true);
	});

	it("lets a small country's name run over the sea, but never over a neighbour", () => {
		const small = square('North Korea', 180, 130, 30);
		const atSea = placeAreaLabel(small, 12, [], BOUNDS, [small]);
		expect(atSea?.text).toBe('North Korea');
		const neighbour: DrawnArea = {
			name: 'China',
			rings: [square('', 0, 0, 400).rings[0]!, small.rings[0]!],
		};
		expect(placeAreaLabel(small, 12, [], BOUNDS, [small, neighbour])).toBeUndefined();
	});
});

describe('drawnRings', () => {
	it('gives the rings of a shape as drawn, clipped to the frame', () => {
		const projection = geoIdentity().clipExtent([
			[0, 0],
			[100, 100],
		]);
		const rings = drawnRings(projection, {
			type: 'Polygon',
			coordinates: [
				[
					[50, 50],
					[150, 50],
					[150, 80],
					[50, 80],
					[50, 50],
				],
			],
		});
		expect(rings).toHaveLength(1);
		expect(Math.max(...rings[0]!.map(([x]) => x))).toBe(100);
	});
});

describe('placeAreaLabel shortens a compass word where the whole name has no room', () => {
	it('writes “N. Korea” in an area too narrow for “North Korea”', () => {
		// 60 units wide: room for "N. KOREA" at 8 units a letter, not for "NORTH KOREA".
		const area = square('North Korea', 100, 100, 70);
		const label = placeAreaLabel(area, 8, [], BOUNDS, [area]);
		expect(label?.text).toBe('N. Korea');
		const wide = square('North Korea', 100, 100, 200);
		expect(placeAreaLabel(wide, 8, [], BOUNDS, [wide])?.text).toBe('North Korea');
	});
});
