import type { FigureQualifier } from '../../figures/figure.ts';
import type { Token } from './tokenise.ts';

/** Words before a number that qualify it, from the token they start at. */
export interface QualifierWords {
	first: number;
	qualifier: FigureQualifier;
}

// The schema has no "at least", "at most" or "just under", so each maps to the nearest qualifier:
// "at least" (and "no fewer than") to more-than, since either way the true number is no lower;
// "fewer than", "less than" and "no more than" to up-to, since the true number is no higher;
// "nearly" and "almost" to about, since they put the number just under the stated one, not far below.
const PHRASES: Array<{ words: string[]; qualifier: FigureQualifier }> = [
	...phrases('about', [
		'about',
		'around',
		'roughly',
		'approximately',
		'some',
		'nearly',
		'almost',
		'an estimated',
		'estimated',
		'close to',
		'circa',
	]),
	...phrases('more-than', [
		'more than',
		'over',
		'at least',
		'upwards of',
		'in excess of',
		'no fewer than',
		'no less than',
		'not less than',
	]),
	...phrases('up-to', [
		'up to',
		'as many as',
		'as much as',
		'fewer than',
		'less than',
		'at most',
		'no more than',
		'not more than',
		'a maximum of',
	]),
].sort((one, other) => other.words.length - one.words.length);

/** Finds the qualifying words that end just before token `before`, starting no earlier than `floor`. */
export function readQualifier(
	tokens: readonly Token[],
	before: number,
	floor: number
): QualifierWords | null {
	for (const { words, qualifier } of PHRASES) {
		const first = before - words.length;
		if (first < floor) continue;
		if (words.every((word, offset) => tokens[first + offset]?.lower === word)) {
			return { first, qualifier };
		}
	}
	return null;
}

function phrases(qualifier: FigureQualifier, texts: string[]) {
	return texts.map((text) => ({ words: text.split(' '), qualifier }));
}
