import { LONG_MONTHS, WEEKDAYS } from '../../../core/dates/calendar-names.ts';

const COUNTRIES = countryNames();
const COUNTRY = new RegExp(`(?<![\\p{L}])(?:${COUNTRIES.map(escape).join('|')})(?![\\p{L}])`, 'gu');
const NOT_PLACES = new Set([
	...LONG_MONTHS,
	...WEEKDAYS,
	'Nato',
	'NATO',
	'NIS',
	'UN',
	'EU',
	'Kremlin',
	'Pentagon',
]);
const NAME = "[\\p{Lu}][\\p{L}’'-]+(?: [\\p{Lu}][\\p{L}’'-]+)*";
// A capitalised name after a preposition of place ("in Brussels", "to Vladivostok", "cities of Ussuriysk and Khabarovsk").
const AFTER_PREPOSITION = new RegExp(
	`\\b(?:in|to|near|at|from|across|into|towards|city of|cities of|port of|region of|regions of|residents of|town of|province of|oblast of)\\s+(${NAME}(?:(?:, | and )${NAME})*)`,
	'gu'
);

/** Places a sentence names: countries, and capitalised names after a preposition of place. In order, without repeats. */
export function findPlaces(sentence: string): string[] {
	const found: Array<{ index: number; place: string }> = [];
	for (const match of sentence.matchAll(COUNTRY))
		found.push({ index: match.index, place: match[0] });
	for (const match of sentence.matchAll(AFTER_PREPOSITION)) {
		const listStart = match.index + match[0].indexOf(match[1]!);
		for (const place of match[1]!.split(/, | and /)) {
			const name = place.replace(/[’']s$/, '');
			if (!NOT_PLACES.has(name))
				found.push({ index: listStart + match[1]!.indexOf(place), place: name });
		}
	}
	const places = found.sort((a, b) => a.index - b.index).map((entry) => entry.place);
	return [...new Set(places)].filter(
		(place) =>
			!places.some((other) => other !== place && other.includes(place) && COUNTRIES.includes(other))
	);
}

/** English names of every ISO 3166 region Node knows, longest first so "North Korea" wins over "Korea". */
function countryNames(): string[] {
	const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
	const names = new Set<string>();
	for (let first = 65; first <= 90; first++) {
		for (let second = 65; second <= 90; second++) {
			const name = display.of(String.fromCharCode(first, second));
			if (name && name !== 'Unknown Region' && !/[()]/.test(name)) names.add(name);
		}
	}
	return [...names].sort((a, b) => b.length - a.length);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
