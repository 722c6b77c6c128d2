import { ALL_MARKERS, markerKey } from '../../claimants/claimant-markers.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/** A chart tells claimants apart by their drawing, so two claimants may not name the same one. */
export function checkClaimantMarkers(content: ParsedContent): Problem[] {
	const owner = new Map<string, string>();
	const clashes: Array<{ file: string; key: string; other: string }> = [];
	for (const { id, file, data } of content.claimants) {
		if (!data.marker) continue;
		const key = markerKey(data.marker);
		const other = owner.get(key);
		if (other) clashes.push({ file, key, other });
		else owner.set(key, id);
	}
	const free = ALL_MARKERS.find((marker) => !owner.has(markerKey(marker)));
	const suggestion = free
		? ` — give this one another, e.g. shape: ${free.shape}, colour: ${free.colour}, hollow: ${free.hollow}`
		: ' — every drawing is taken: remove marker from a claimant that gives no figures';
	return clashes.map(({ file, key, other }) => ({
		file,
		field: 'marker',
		message: `the ${key} is already claimant ${other}'s marker (content/claimants/${other}.yaml)${suggestion}`,
	}));
}
