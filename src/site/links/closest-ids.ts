import { distance } from 'fastest-levenshtein';

/**
 * The ids most like a mistyped one, best first: by edit distance relative to length, with a bonus for each word
 * (between hyphens) the two share, so "nis-1500-forces-vladivostok" finds "nis-1500-special-forces-shipped-to-vladivostok".
 */
export function closestIds(wanted: string, ids: readonly string[], limit = 5): string[] {
	const wantedWords = new Set(wanted.split('-').filter(Boolean));
	return ids
		.map((id) => {
			const shared = id.split('-').filter((word) => wantedWords.has(word)).length;
			const editScore = 1 - distance(wanted, id) / Math.max(wanted.length, id.length, 1);
			return { id, score: editScore + shared / Math.max(wantedWords.size, 1) };
		})
		.filter((candidate) => candidate.score > 0.3)
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
		.slice(0, limit)
		.map((candidate) => candidate.id);
}
