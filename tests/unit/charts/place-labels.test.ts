import { describe, expect, it } from 'vitest';
import {
	overlaps,
	placeLabels,
	textWidth,
	type Box,
} from '../../../src/site/charts/place-labels.ts';

const BOUNDS: Box = { left: 0, top: 0, right: 200, bottom: 100 };
const box = (x: number, y: number): Box => ({
	left: x - 5,
	right: x + 5,
	top: y - 5,
	bottom: y + 5,
});

describe('placeLabels', () => {
	it('puts a label right of its mark, its baseline a third of the text size below the centre', () => {
		const mark = box(50, 50);
		expect(
			placeLabels([{ text: '1,500', markBox: mark, ownBoxes: [mark], y: 50 }], [mark], BOUNDS, 12)
		).toEqual([{ x: 59, y: 54, text: '1,500', anchor: 'start' }]);
	});

	it('puts it left when the right side runs out of the drawing', () => {
		const mark = box(190, 50);
		expect(
			placeLabels([{ text: '1,500', markBox: mark, ownBoxes: [mark], y: 50 }], [mark], BOUNDS, 12)
		).toEqual([{ x: 181, y: 54, text: '1,500', anchor: 'end' }]);
	});

	it('leaves a label out where both sides are taken, and never overlaps an earlier label', () => {
		const marks = [box(100, 50), box(70, 50), box(130, 50), box(100, 52)];
		const placed = placeLabels(
			marks.map((mark, index) => ({
				text: '12,000',
				markBox: mark,
				ownBoxes: [marks[index]!],
				y: 50,
			})),
			marks,
			BOUNDS,
			12
		);
		expect(placed.map((label) => label?.anchor)).toEqual([undefined, 'end', 'start', undefined]);
	});

	it('names a region over its point, where there is no dot to stand beside', () => {
		const point = { left: 100, right: 100, top: 50, bottom: 50 };
		expect(
			placeLabels(
				[{ text: 'Kursk region', markBox: point, ownBoxes: [point], y: 50, over: true }],
				[point],
				BOUNDS,
				12,
				{ vertical: true }
			)
		).toEqual([{ x: 100, y: 54, text: 'Kursk region', anchor: 'middle', leader: undefined }]);
	});

	it('on a crowded map, sets a name a few lines away with a leader line from its mark, never over another', () => {
		// A mark hemmed in on every near side by others' names (obstacles), as Vladivostok is by its neighbours.
		const mark = box(100, 50);
		const crowd: Box[] = [{ left: 60, right: 140, top: 30, bottom: 70 }];
		const [near] = placeLabels(
			[{ text: 'Dunai', markBox: mark, ownBoxes: [mark], y: 50 }],
			[mark, ...crowd],
			BOUNDS,
			12,
			{ vertical: true }
		);
		expect(near).toBeUndefined();
		const [far] = placeLabels(
			[{ text: 'Dunai', markBox: mark, ownBoxes: [mark], y: 50 }],
			[mark, ...crowd],
			BOUNDS,
			12,
			{ vertical: true, farther: true }
		);
		expect(far?.leader).toBeDefined();
		const width = textWidth('Dunai', 12);
		const left =
			far!.anchor === 'start'
				? far!.x
				: far!.anchor === 'end'
					? far!.x - width
					: far!.x - width / 2;
		const farBox = { left, right: left + width, top: far!.y - 12, bottom: far!.y + 3 };
		expect(crowd.some((other) => overlaps(farBox, other))).toBe(false);
		// The line starts on the mark's edge and ends at the name.
		const { x1, y1, x2, y2 } = far!.leader!;
		expect(Math.hypot(x1 - 100, y1 - 50)).toBeCloseTo(5, 5);
		expect(Math.hypot(x2 - 100, y2 - 50)).toBeGreaterThan(20);
	});
});

describe('textWidth', () => {
	it('reckons wide letters wider than narrow ones, and letter spacing on every character', () => {
		expect(textWidth('mmmm', 10)).toBeGreaterThan(2 * textWidth('iiii', 10));
		expect(textWidth('RUSSIA', 10, 0.12)).toBeCloseTo(textWidth('RUSSIA', 10) + 6 * 1.2, 5);
	});
});
