/** A box on the chart, in SVG user units. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** What needs a label: the text, the box it goes beside, and the y of its centre. */
export interface LabelRequest {
	text: string;
	/** The marker the label belongs to. */
	markBox: Box;
	/** Obstacles the label may touch: its own marker, and its own range bar or band. */
	ownBoxes: readonly Box[];
	y: number;
}

/** A placed label: its anchor point, and which way the text runs from it. */
export interface PlacedLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'end';
}

/**
 * Places each label beside its mark, right of it or else left, where it stays inside `bounds` and overlaps no
 * obstacle (the marks, and the labels placed before it); a label with no such place is left out (undefined).
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Box[],
	bounds: Box,
	fontSize: number
): Array<PlacedLabel | undefined> {
	const taken = [...obstacles];
	return requests.map((request) => {
		const width = textWidth(request.text, fontSize);
		const gap = fontSize / 3;
		const sides = [
			{
				anchor: 'start' as const,
				x: request.markBox.right + gap,
				left: request.markBox.right + gap,
			},
			{
				anchor: 'end' as const,
				x: request.markBox.left - gap,
				left: request.markBox.left - gap - width,
			},
		];
		for (const side of sides) {
			const box = {
				left: side.left,
				right: side.left + width,
				top: request.y - fontSize / 2,
				bottom: request.y + fontSize / 2,
			};
			if (
				!inside(box, bounds) ||
				taken.some((other) => !request.ownBoxes.includes(other) && overlaps(box, other))
			)
				continue;
			taken.push(box);
			// The baseline sits a third of the text size below the centre, so the digits centre on the mark.
			return { x: side.x, y: request.y + fontSize / 3, text: request.text, anchor: side.anchor };
		}
		return undefined;
	});
}

/** An estimate of the width of digits and short words in the system sans-serif, slightly generous. */
function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

function inside(box: Box, bounds: Box): boolean {
	return (
		box.left >= bounds.left &&
		box.right <= bounds.right &&
		box.top >= bounds.top &&
		box.bottom <= bounds.bottom
	);
}

function overlaps(box: Box, other: Box): boolean {
	return (
		box.left < other.right &&
		other.left < box.right &&
		box.top < other.bottom &&
		other.top < box.bottom
	);
}
