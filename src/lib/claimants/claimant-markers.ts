import { MARKER_SHAPES, type MarkerShape } from '../charts/marker-shapes.ts';
import { SERIES_COLOURS, type SeriesColour } from '../charts/series-colours.ts';

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

/** The drawings no claimant's record names, most distinct first. */
export function freeMarkers(claimants: readonly MarkedClaimant[]): ClaimantMarker[] {
	const named = new Set(
		claimants.flatMap((claimant) => (claimant.data.marker ? [markerKey(claimant.data.marker)] : []))
	);
	return ALL_MARKERS.filter((marker) => !named.has(markerKey(marker)));
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
