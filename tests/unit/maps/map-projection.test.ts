import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../../src/site/maps/map-projection.ts';

const SIZE = { width: 400, height: 260, margin: 20 };
const inside = ([x, y]: [number, number]) =>
	x >= SIZE.margin - 0.5 &&
	x <= SIZE.width - SIZE.margin + 0.5 &&
	y >= SIZE.margin - 0.5 &&
	y <= SIZE.height - SIZE.margin + 0.5;

describe('fitProjection', () => {
	it('shows places half a continent apart, Kursk to Vladivostok, inside the margins', () => {
		const points: Array<[number, number]> = [
			[36.19, 51.74],
			[131.87, 43.11],
			[107.6, 51.83],
		];
		const projection = fitProjection(points, SIZE, 5);
		for (const point of points) expect(inside(projection(point)!)).toBe(true);
	});

	it('centres a single place and shows at least the smallest radius around it', () => {
		const vladivostok: [number, number] = [131.87, 43.11];
		const projection = fitProjection([vladivostok], SIZE, 8);
		const [x, y] = projection(vladivostok)!;
		expect(x).toBeCloseTo(SIZE.width / 2, 0);
		expect(y).toBeCloseTo(SIZE.height / 2, 0);
		// A point 8° north is still inside the frame: the map is not zoomed to street level.
		expect(inside(projection([131.87, 43.11 + 7.9])!)).toBe(true);
		expect(
			geoDistance(vladivostok, projection.invert!([SIZE.margin, SIZE.height / 2])!)
		).toBeGreaterThan((8 * Math.PI) / 180);
	});

	it('refuses to centre on nothing', () => {
		expect(() => fitProjection([], SIZE, 5)).toThrow(RangeError);
	});
});
