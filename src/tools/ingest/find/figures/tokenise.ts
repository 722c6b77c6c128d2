/** A word, numeral or mark of a sentence, with where it sits. */
export interface Token {
	text: string;
	lower: string;
	start: number;
	end: number;
	/** Letters or digits (a word or numeral), not punctuation. */
	wordlike: boolean;
	/** Whitespace (or the start of the sentence) comes before it. */
	spaced: boolean;
}

// Joins letters and digits into one token across apostrophes, stops, colons and slashes ("Ukraine’s",
// "12.35", "24/7"), commas between digits ("1,500") and hyphens that do not sit between two digits:
// "KN-23", "two-thirds" and "10,000-strong" stay whole while "10,000-12,000" splits into a range, and "ten-thousand"
// and "15-thousand" split before their scale word, to be read as one number.
const TOKEN =
	/[\p{L}\p{N}]+(?:(?:[’'.:/]|(?<=\p{N}),(?=\p{N})|(?<!\p{N})[-–](?!(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion)\b)|[-–](?!\p{N}|(?:[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion)\b))[\p{L}\p{N}]+)*|\S/gu;

/** Splits a sentence into words, numerals and single marks of punctuation. */
export function tokenise(sentence: string): Token[] {
	return [...sentence.matchAll(TOKEN)].map((match) => {
		const start = match.index;
		const end = start + match[0].length;
		return {
			text: match[0],
			lower: match[0].toLowerCase(),
			start,
			end,
			wordlike: /[\p{L}\p{N}]/u.test(match[0]),
			spaced: start === 0 || /\s/u.test(sentence[start - 1] ?? ''),
		};
	});
}
