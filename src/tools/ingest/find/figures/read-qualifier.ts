import type { FigureQualifier } from '../../../../core/figures/figure.ts';
import type { Token } from './tokenise.ts';

/** Words before a number that qualify it, from the token they start at. */
export interface QualifierWords {
	first: number;
	qualifier: FigureQualifier;
}

// The schema has no "at most" or "fewer than", so those map to up-to: the true number is no higher.
const PHRASES: Array<{ words: string[]; qualifier: FigureQualifier }> = [
	...phrases('about', [
		'about',
		'around',
		'roughly',
		'approximately',
		'some',
		'an estimated',
		'estimated',
		'close to',
		'circa',
	]),
	...phrases('nearly', ['nearly', 'almost', 'just under', 'just short of']),
	...phrases('at-least', ['at least', 'no fewer than', 'no less than', 'not less than']),
	...phrases('more-than', ['more than', 'over', 'upwards of', 'in excess of']),
	...phrases('up-to', [
		'up to',
		'as many as',
		'as much as',
		'as high as',
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
