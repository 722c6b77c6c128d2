import { nameKey } from '../claimants/claimant-names.ts';
import type { PlaceData } from '../schemas/place.ts';

/** Every English name of every place (its name and aliases) to its id, compared as the content check compares names. */
export function placeIdsByName(
	places: ReadonlyArray<{ id: string; data: Pick<PlaceData, 'names' | 'aliases'> }>
): Map<string, string> {
	return new Map(
		places.flatMap((place) =>
			[place.data.names.en, ...place.data.aliases].map((name) => [nameKey(name), place.id] as const)
		)
	);
}
