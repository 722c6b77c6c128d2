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
	anchor: 'start' | 'end' | 'middle';
}

/** Where else a label may go (maps): above, below, and a line up or down on either side of its mark. */
export interface LabelOptions {
	vertical?: boolean;
	/** Rather than leave a label out, put it right of its mark (or left, when that would cross the right edge) even over another one. */
	always?: boolean;
}

/**
 * Places each label beside its mark, right of it or else left, where it stays inside `bounds` and overlaps no
 * obstacle (the marks, and the labels placed before it); a label with no such place is left out (undefined).
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	obstacles: readonly Box[],
	bounds: Box,
	fontSize: number,
	options: LabelOptions = {}
): Array<PlacedLabel | undefined> {
	const taken = [...obstacles];
	return requests.map((request) => {
		const width = textWidth(request.text, fontSize);
		const gap = fontSize / 3;
		const centreX = (request.markBox.left + request.markBox.right) / 2;
		const sides = [
			{
				anchor: 'start' as const,
				x: request.markBox.right + gap,
				left: request.markBox.right + gap,
				y: request.y,
			},
			{
				anchor: 'end' as const,
				x: request.markBox.left - gap,
				left: request.markBox.left - gap - width,
				y: request.y,
			},
			...(options.vertical
				? [
						{
							anchor: 'middle' as const,
							x: centreX,
							left: centreX - width / 2,
							y: request.markBox.top - gap - fontSize / 2,
						},
						{
							anchor: 'middle' as const,
							x: centreX,
							left: centreX - width / 2,
							y: request.markBox.bottom + gap + fontSize / 2,
						},
						// Then a line up or down on either side, for a mark crowded on both.
						...[-1, 1].flatMap((direction) => [
							{
								anchor: 'start' as const,
								x: request.markBox.right + gap,
								left: request.markBox.right + gap,
								y: request.y + direction * fontSize,
							},
							{
								anchor: 'end' as const,
								x: request.markBox.left - gap,
								left: request.markBox.left - gap - width,
								y: request.y + direction * fontSize,
							},
						]),
					]
				: []),
		];
		for (const side of sides) {
			const box = {
				left: side.left,
				right: side.left + width,
				top: side.y - fontSize / 2,
				bottom: side.y + fontSize / 2,
			};
			if (
				!inside(box, bounds) ||
				taken.some((other) => !request.ownBoxes.includes(other) && overlaps(box, other))
			)
				continue;
			taken.push(box);
			// The baseline sits a third of the text size below the centre, so the digits centre on the mark.
			return { x: side.x, y: side.y + fontSize / 3, text: request.text, anchor: side.anchor };
		}
		if (!options.always) return undefined;
		const fits = sides[0]!.left + width <= bounds.right;
		const side = fits ? sides[0]! : sides[1]!;
		return { x: side.x, y: side.y + fontSize / 3, text: request.text, anchor: side.anchor };
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

/** Whether two boxes share any area: labels may touch, never cover each other. */
export function overlaps(box: Box, other: Box): boolean {
	return (
		box.left < other.right &&
		other.left < box.right &&
		box.top < other.bottom &&
		other.top < box.bottom
	);
}
