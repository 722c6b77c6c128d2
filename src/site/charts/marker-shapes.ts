import { pathRound } from 'd3-path';
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond2,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	type SymbolType,
} from 'd3-shape';
import type { MarkerShape } from '../../core/claimants/claimant-markers.ts';

/**
 * d3's symbol for each marker shape, and its area as a share of the circle's. d3 draws its symbols with equal areas,
 * which makes the pointed ones reach far past the circle: these shares keep every shape about as heavy as the circle
 * and inside its 16-pixel box. The diamond is d3's square turned on its corner, sized for outlines.
 */
const SYMBOLS: Record<MarkerShape, { type: SymbolType; area: number }> = {
	circle: { type: symbolCircle, area: 1 },
	square: { type: symbolSquare, area: 1 },
	diamond: { type: symbolDiamond2, area: 1 },
	triangle: { type: symbolTriangle, area: 0.78 },
	plus: { type: symbolCross, area: 0.88 },
	star: { type: symbolStar, area: 0.7 },
};

/** Two decimals are finer than any screen shows, and keep the markup short. */
const DIGITS = 2;

/** The SVG path of a marker centred on (x, y), about as heavy as a circle `size` pixels across. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
	const path = pathRound(DIGITS);
	// d3 draws a symbol around the origin with these calls (`rect` for the square, `arc` for the circle); the chart
	// places each at its own point.
	const placed = {
		moveTo: (px: number, py: number) => path.moveTo(px + x, py + y),
		lineTo: (px: number, py: number) => path.lineTo(px + x, py + y),
		arc: (px: number, py: number, radius: number, start: number, end: number) =>
			path.arc(px + x, py + y, radius, start, end),
		rect: (px: number, py: number, width: number, height: number) =>
			path.rect(px + x, py + y, width, height),
		closePath: () => path.closePath(),
	};
	const { type, area } = SYMBOLS[shape];
	symbol(type, area * Math.PI * (size / 2) ** 2).context(
		placed as unknown as CanvasRenderingContext2D
	)();
	return path.toString();
}
