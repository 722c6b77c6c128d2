import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../../src/lib/charts/place-labels.ts';

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
});
