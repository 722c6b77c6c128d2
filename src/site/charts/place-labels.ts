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
	/** A region's name, drawn over the point it stands for (there is no dot to put it beside) before anywhere near. */
	over?: boolean;
}

/** A placed label: its anchor point, which way the text runs from it, and a line back to its mark when set apart. */
export interface PlacedLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'end' | 'middle';
	leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

/** Where else a label may go (maps): above, below, and a line up or down on either side of its mark. */
export interface LabelOptions {
	vertical?: boolean;
	/**
	 * When nothing beside the mark is free, try places up to three lines away, nearest first, joined to the mark by a
	 * leader line: on a crowded map a name a little apart is better than a name over another.
	 */
	farther?: boolean;
}

interface Candidate {
	anchor: PlacedLabel['anchor'];
	x: number;
	left: number;
	y: number;
	leader: boolean;
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
		for (const side of candidates(request, width, fontSize, options)) {
			const box = candidateBox(side, width, fontSize);
			if (
				!inside(box, bounds) ||
				taken.some((other) => !request.ownBoxes.includes(other) && overlaps(box, other))
			)
				continue;
			taken.push(box);
			// The baseline sits a third of the text size below the centre, so the digits centre on the mark.
			return {
				x: side.x,
				y: side.y + fontSize / 3,
				text: request.text,
				anchor: side.anchor,
				leader: side.leader ? leaderLine(request.markBox, box) : undefined,
			};
		}
		return undefined;
	});
}

function candidates(
	request: LabelRequest,
	width: number,
	fontSize: number,
	options: LabelOptions
): Candidate[] {
	const gap = fontSize / 3;
	const line = fontSize * LINE_HEIGHT;
	const { markBox, y } = request;
	const centreX = (markBox.left + markBox.right) / 2;
	const right = (dx: number, dy: number, leader = false): Candidate => ({
		anchor: 'start',
		x: markBox.right + gap + dx,
		left: markBox.right + gap + dx,
		y: y + dy,
		leader,
	});
	const left = (dx: number, dy: number, leader = false): Candidate => ({
		anchor: 'end',
		x: markBox.left - gap - dx,
		left: markBox.left - gap - dx - width,
		y: y + dy,
		leader,
	});
	const centred = (dy: number, leader = false): Candidate => ({
		anchor: 'middle',
		x: centreX,
		left: centreX - width / 2,
		y: y + dy,
		leader,
	});
	const above = -(markBox.bottom - markBox.top) / 2 - gap - line / 2;
	const below = -above;
	const near = [
		...(request.over ? [centred(0)] : []),
		right(0, 0),
		left(0, 0),
		...(options.vertical
			? [
					centred(above),
					centred(below),
					// Then a line up or down on either side, for a mark crowded on both.
					...[-1, 1].flatMap((direction) => [
						right(0, direction * line),
						left(0, direction * line),
					]),
				]
			: []),
	];
	if (!options.farther) return near;
	const far = [1, 2, 3].flatMap((lines) => [
		centred(above - lines * line, true),
		centred(below + lines * line, true),
		...[-lines, lines].flatMap((dy) =>
			[0, fontSize].flatMap((dx) => [right(dx, dy * line, true), left(dx, dy * line, true)])
		),
	]);
	return [...near, ...far];
}

function candidateBox(side: Candidate, width: number, fontSize: number): Box {
	const half = (fontSize * LINE_HEIGHT) / 2;
	return { left: side.left, right: side.left + width, top: side.y - half, bottom: side.y + half };
}

/** From the mark's edge to the nearest point of the label's box. */
function leaderLine(mark: Box, label: Box): NonNullable<PlacedLabel['leader']> {
	const centre = { x: (mark.left + mark.right) / 2, y: (mark.top + mark.bottom) / 2 };
	const x2 = Math.min(Math.max(centre.x, label.left), label.right);
	const y2 = Math.min(Math.max(centre.y, label.top), label.bottom);
	const length = Math.hypot(x2 - centre.x, y2 - centre.y) || 1;
	const radius = (mark.right - mark.left) / 2;
	return {
		x1: centre.x + ((x2 - centre.x) * radius) / length,
		y1: centre.y + ((y2 - centre.y) * radius) / length,
		x2,
		y2,
	};
}

/** The box a placed label covers, for obstacles placed after it (a map's country names). */
export function labelBox(label: PlacedLabel, fontSize: number): Box {
	const width = textWidth(label.text, fontSize);
	const left =
		label.anchor === 'start'
			? label.x
			: label.anchor === 'end'
				? label.x - width
				: label.x - width / 2;
	const centreY = label.y - fontSize / 3;
	const half = (fontSize * LINE_HEIGHT) / 2;
	return { left, right: left + width, top: centreY - half, bottom: centreY + half };
}

/**
 * Advance widths in em of DejaVu Sans, the widest common fallback for the system sans-serif (Linux's): a name is
 * reckoned at its real width there and fits in narrower fonts too. Other characters count as 0.62 em.
 */
const ADVANCES: Array<[RegExp, number]> = [
	[/[ijlIJ.,:;'’ |!]/, 0.3],
	[/[frt\-()]/, 0.41],
	[/[mW]/, 0.99],
	[/[wM]/, 0.87],
	[/[A-Z]/, 0.77],
	[/[0-9]/, 0.64],
];

/** The height a line of text takes, in em: the font's ascent and descent, so stacked names do not touch. */
export const LINE_HEIGHT = 1.2;

/** The width text takes in the system sans-serif, with this much letter spacing (in em) after each character. */
export function textWidth(text: string, fontSize: number, letterSpacing = 0): number {
	return (
		[...text].reduce(
			(sum, character) =>
				sum + (ADVANCES.find(([pattern]) => pattern.test(character))?.[1] ?? 0.62) + letterSpacing,
			0
		) * fontSize
	);
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
