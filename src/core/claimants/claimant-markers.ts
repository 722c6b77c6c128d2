/** The shapes that tell claimants apart on a chart, in the order they are handed out. */
export const MARKER_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'plus', 'star'] as const;

export type MarkerShape = (typeof MARKER_SHAPES)[number];

/**
 * The colours that reinforce a claimant's marker shape on charts, by the names editors write in a claimant's
 * `marker`. The stylesheet defines each as `--series-<name>` for light and dark schemes.
 */
export const SERIES_COLOURS = ['blue', 'rose', 'green', 'purple', 'amber', 'slate'] as const;

export type SeriesColour = (typeof SERIES_COLOURS)[number];

/** How a claimant's estimates are drawn on every chart of the site. */
export interface ClaimantMarker {
	shape: MarkerShape;
	colour: SeriesColour;
	hollow: boolean;
}

/**
 * Every drawing a claimant can have, most distinct first: each shape in its own colour, solid then hollow (told apart
 * without colour), then the other shape and colour pairs.
 */
export const ALL_MARKERS: readonly ClaimantMarker[] = [false, true]
	.flatMap((hollow) =>
		MARKER_SHAPES.map((shape, index) => ({ shape, colour: SERIES_COLOURS[index]!, hollow }))
	)
	.concat(
		[false, true].flatMap((hollow) =>
			MARKER_SHAPES.flatMap((shape, shapeIndex) =>
				SERIES_COLOURS.filter((_, colourIndex) => colourIndex !== shapeIndex).map((colour) => ({
					shape,
					colour,
					hollow,
				}))
			)
		)
	);

/** One string per drawing, for telling two apart. */
export function markerKey(marker: ClaimantMarker): string {
	return `${marker.hollow ? 'hollow' : 'solid'} ${marker.colour} ${marker.shape}`;
}

interface MarkedClaimant {
	id: string;
	data: { shortName: string; marker?: ClaimantMarker | undefined };
}

/** The shape and fill of a drawing: what tells two claimants apart without colour. */
export function outlineKey(marker: ClaimantMarker): string {
	return `${marker.hollow ? 'hollow' : 'solid'} ${marker.shape}`;
}

/**
 * The drawings no claimant's record names, most distinct first: those whose shape and fill no record uses either,
 * then the rest, which differ from a named one by colour alone.
 */
export function freeMarkers(claimants: readonly MarkedClaimant[]): ClaimantMarker[] {
	const named = claimants.flatMap((claimant) =>
		claimant.data.marker ? [claimant.data.marker] : []
	);
	const keys = new Set(named.map(markerKey));
	const outlines = new Set(named.map(outlineKey));
	const free = ALL_MARKERS.filter((marker) => !keys.has(markerKey(marker)));
	return [
		...free.filter((marker) => !outlines.has(outlineKey(marker))),
		...free.filter((marker) => outlines.has(outlineKey(marker))),
	];
}

/**
 * Each claimant's drawing: the one its record names, or else the first drawing no record names, handed out in order
 * of short name. Past the last free drawing they repeat, which only a site with more than 72 charted claimants meets.
 */
export function claimantMarkers(claimants: readonly MarkedClaimant[]): Map<string, ClaimantMarker> {
	const free = freeMarkers(claimants);
	const spare = free.length > 0 ? free : ALL_MARKERS;
	const unnamed = claimants
		.filter((claimant) => !claimant.data.marker)
		.sort((a, b) => a.data.shortName.localeCompare(b.data.shortName) || a.id.localeCompare(b.id));
	return new Map([
		...claimants.flatMap((claimant) =>
			claimant.data.marker ? [[claimant.id, claimant.data.marker] as const] : []
		),
		...unnamed.map((claimant, index) => [claimant.id, spare[index % spare.length]!] as const),
	]);
}
