import { CLAIMANT_KIND_LABELS } from '../../../core/claimants/claimant-kinds.ts';
import { claimantNames, nameKey } from '../../../core/claimants/claimant-names.ts';
import { countryName } from '../../../core/claimants/country-name.ts';
import type { ClaimantRecord } from '../../../core/schemas/records.ts';

const STOPWORDS = new Set([
	'the',
	'a',
	'an',
	'of',
	'in',
	'on',
	'at',
	'for',
	'to',
	'and',
	'its',
	'his',
	'her',
	'their',
	'from',
]);
// A word of the claimant's name counts more than one of its role, kind or country: "a source in Ukraine" is the
// claimant named "source in Ukraine", not the "Ukrainian source" whose country happens to be Ukraine.
const NAME_WEIGHT = 1;
const OTHER_WEIGHT = 0.8;
const NEAR_WEIGHT = 0.9;
const THRESHOLD = 0.75;

/**
 * Finds the claimant a speaker phrase names: one whose name, short name or alias it is ("the NIS", "Zelensky"), or
 * else the one sharing most words with the phrase ("Ukraine’s president, Volodymyr Zelenskyy" → volodymyr-zelenskyy)
 * across its names, role, kind and country. Undefined when none fits clearly.
 */
export function matchClaimant(
	phrase: string,
	claimants: readonly ClaimantRecord[]
): ClaimantRecord | undefined {
	const key = nameKey(phrase);
	const named = claimants.filter((claimant) =>
		claimantNames(claimant.data).some((name) => nameKey(name) === key)
	);
	if (named.length === 1) return named[0];
	const wanted = words(phrase);
	if (wanted.length === 0) return undefined;
	const scored = claimants
		.map((claimant) => ({ claimant, score: score(wanted, claimant) / wanted.length }))
		.sort((a, b) => b.score - a.score);
	const [best, second] = scored;
	if (!best || best.score < THRESHOLD || (second && best.score - second.score < 0.01))
		return undefined;
	return best.claimant;
}

function score(wanted: string[], claimant: ClaimantRecord): number {
	const { role, kind, country } = claimant.data;
	const own = claimantNames(claimant.data).flatMap(words);
	const other = [
		...words(role ?? ''),
		...words(CLAIMANT_KIND_LABELS[kind]),
		...words(countryName(country) ?? ''),
	];
	return wanted.reduce((total, word) => {
		if (own.includes(word)) return total + NAME_WEIGHT;
		if (other.includes(word)) return total + OTHER_WEIGHT;
		// Another form of a word counts only for descriptions: "South Korean" fits a claimant of South Korea, but
		// "a Ukrainian source" is not the claimant named "source in Ukraine".
		if (other.some((candidate) => near(word, candidate))) return total + OTHER_WEIGHT * NEAR_WEIGHT;
		return total;
	}, 0);
}

/** Lowercase content words, possessives dropped: "Ukraine’s president" → ["ukraine", "president"]. */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '' && !STOPWORDS.has(word));
}

/** Same word in another form: "korean"/"korea", "ukrainian"/"ukraine", "russian"/"russia". */
function near(a: string, b: string): boolean {
	let shared = 0;
	while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
	return shared >= 5 && (shared === Math.min(a.length, b.length) || shared >= 6);
}
