import { nameKey } from '../../../core/claimants/claimant-names.ts';
import { placeIdsByName } from '../../../core/places/place-names.ts';
import type { PlaceRecord } from '../../../core/schemas/records.ts';

/** A sentence's place names as place ids, with the names no place record knows left for the editor. */
export interface ResolvedPlaces {
	ids: string[];
	unknown: string[];
}

/** Matches place names by any English name a place record gives (its name or an alias), as the content check compares them. */
export function createPlaceResolver(
	places: readonly PlaceRecord[]
): (names: readonly string[]) => ResolvedPlaces {
	const byName = placeIdsByName(places);
	return (names) => {
		const ids: string[] = [];
		const unknown: string[] = [];
		for (const name of names) {
			const id = byName.get(nameKey(name));
			if (id === undefined) unknown.push(name);
			else if (!ids.includes(id)) ids.push(id);
		}
		return { ids, unknown };
	};
}
