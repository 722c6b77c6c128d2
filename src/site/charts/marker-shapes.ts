import type { MarkerShape } from '../../core/claimants/claimant-markers.ts';

/** The SVG path of a marker centred on (x, y), about `size` pixels across. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
	const r = size / 2;
	if (shape === 'circle') {
		return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
	}
	const corners = OUTLINES[shape].map(
		([dx, dy], index) => `${index === 0 ? 'M' : 'L'}${n(x + dx * r)} ${n(y + dy * r)}`
	);
	return `${corners.join('')}Z`;
}

type Outline = ReadonlyArray<readonly [number, number]>;

// Corners in units of the marker's half-width, sized so that every shape looks about as heavy as the circle.
const OUTLINES: Record<Exclude<MarkerShape, 'circle'>, Outline> = {
	square: [
		[-0.88, -0.88],
		[0.88, -0.88],
		[0.88, 0.88],
		[-0.88, 0.88],
	],
	diamond: [
		[0, -1.2],
		[1.2, 0],
		[0, 1.2],
		[-1.2, 0],
	],
	triangle: [
		[0, -1.2],
		[1.2, 0.85],
		[-1.2, 0.85],
	],
	plus: [
		[-0.38, -1.1],
		[0.38, -1.1],
		[0.38, -0.38],
		[1.1, -0.38],
		[1.1, 0.38],
		[0.38, 0.38],
		[0.38, 1.1],
		[-0.38, 1.1],
		[-0.38, 0.38],
		[-1.1, 0.38],
		[-1.1, -0.38],
		[-0.38, -0.38],
	],
	star: starOutline(1.3, 0.58),
};

function starOutline(outer: number, inner: number): Outline {
	return Array.from({ length: 10 }, (_, index) => {
		const radius = index % 2 === 0 ? outer : inner;
		const angle = -Math.PI / 2 + (index * Math.PI) / 5;
		return [radius * Math.cos(angle), radius * Math.sin(angle)] as const;
	});
}

/** Two decimals are finer than any screen shows, and keep the markup short. */
function n(value: number): string {
	return String(Math.round(value * 100) / 100);
}
