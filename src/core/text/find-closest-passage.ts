/**
 * Finds the run of words in `text` most like `quote`, so a quote that misses its source can show what it
 * probably meant. Scores windows of the quote's length by shared words, in order of appearance.
 */
export function findClosestPassage(quote: string, text: string): string {
	const quoteWords = words(quote);
	const textWords = text.split(/\s+/).filter(Boolean);
	if (quoteWords.length === 0 || textWords.length === 0) return '';
	const windowSize = Math.min(quoteWords.length, textWords.length);
	const wanted = new Map<string, number>();
	for (const word of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);
	let best = { start: 0, score: -1 };
	for (let start = 0; start + windowSize <= textWords.length; start++) {
		const score = overlap(wanted, textWords.slice(start, start + windowSize));
		if (score > best.score) best = { start, score };
	}
	return textWords.slice(best.start, best.start + windowSize).join(' ');
}

function words(text: string): string[] {
	return text.split(/\s+/).map(bareWord).filter(Boolean);
}

function bareWord(word: string): string {
	return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function overlap(wanted: Map<string, number>, window: string[]): number {
	const remaining = new Map(wanted);
	let score = 0;
	for (const word of window.map(bareWord)) {
		const left = remaining.get(word) ?? 0;
		if (left > 0) {
			score++;
			remaining.set(word, left - 1);
		}
	}
	return score;
}
