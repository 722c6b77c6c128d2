import { readNumber, type NumberCore } from './read-number.ts';
import { readPhrase } from './read-phrase.ts';
import type { Token } from './tokenise.ts';

/** What a number counts, in the source's words, and the token those words end at. */
export interface UnitWords {
	unit: string;
	last: number;
	/** Where a figure of its own starts inside these words: the whole in "12 of the 20 soldiers". */
	whole?: number;
}

/** Words that end a vague band and take their noun without "of". */
const SINGULAR_SCALES = new Set(['hundred', 'thousand']);

const SHARE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** Reads what the number in `core` counts from the words after it; null when nothing countable follows. */
export function readUnit(
	sentence: string,
	tokens: readonly Token[],
	core: NumberCore
): UnitWords | null {
	const after = core.last + 1;
	const wordsOf = (from: number, last: number) => ({
		unit: sentence
			.slice(tokens[from]?.start, tokens[last]?.end)
			.toLowerCase()
			.replace(/\s+/gu, ' '),
		last,
	});
	switch (core.reading) {
		case 'money':
			return { unit: core.currency ?? 'money', last: core.last };
		case 'count': {
			// "one of the 20 soldiers" names a soldier, not a count.
			const numbered = (core.value ?? 0) > 1 ? partOfNumberedWhole(sentence, tokens, after) : null;
			if (numbered) return numbered;
			const last = readPhrase(tokens, after, { determiner: false, clause: false });
			if (last !== null) return wordsOf(after, last);
			// "up to 8,000 of the North Korean troops": a part of a whole named after "of the" ("one of the" is no count).
			const part =
				(core.value ?? 0) > 1 &&
				isOf(tokens, after) &&
				SHARE_DETERMINERS.has(tokens[after + 1]?.lower ?? '');
			const wholeLast = part
				? readPhrase(tokens, after + 2, { determiner: false, clause: false })
				: null;
			if (wholeLast !== null) return { ...wordsOf(after + 2, wholeLast), last: wholeLast };
			const clauseLast = relativeClauseLast(tokens, after);
			return clauseLast === null ? null : wordsOf(after, clauseLast);
		}
		case 'vague': {
			// "dozens of troops", but "several hundred troops" and "a couple thousand troops".
			const from = isOf(tokens, after)
				? after + 1
				: SINGULAR_SCALES.has(tokens[core.last]?.lower ?? '')
					? after
					: null;
			if (from === null) return null;
			const last = readPhrase(tokens, from, { determiner: from !== after, clause: false });
			return last === null ? null : wordsOf(from, last);
		}
		case 'percent':
		case 'fraction': {
			const numbered = partOfNumberedWhole(sentence, tokens, after);
			if (numbered) return { ...numbered, unit: `percent ${numbered.unit}` };
			const whole = readWhole(tokens, after, core.reading === 'fraction');
			if (whole)
				return { unit: `percent of ${wordsOf(whole.from, whole.last).unit}`, last: whole.last };
			return core.reading === 'percent' ? { unit: 'percent', last: core.last } : null;
		}
	}
}

/**
 * "12 of the 20 soldiers", "300 out of 1,500 troops", "a quarter of the 11,000 troops": the part counts what the whole
 * counts, and says so in the source's words ("of the 20 soldiers"); the whole is a figure of its own, read next.
 */
function partOfNumberedWhole(
	sentence: string,
	tokens: readonly Token[],
	after: number
): UnitWords | null {
	let at = tokens[after]?.lower === 'out' ? after + 1 : after;
	if (!isOf(tokens, at)) return null;
	at += 1;
	if (tokens[at]?.lower === 'a' || SHARE_DETERMINERS.has(tokens[at]?.lower ?? '')) at += 1;
	const whole = readNumber(tokens, at);
	if (!whole || whole.reading !== 'count') return null;
	const wholeUnit = readUnit(sentence, tokens, whole);
	if (!wholeUnit) return null;
	return {
		unit: sentence
			.slice(tokens[after]?.start, tokens[wholeUnit.last]?.end)
			.toLowerCase()
			.replace(/\s+/gu, ' '),
		last: wholeUnit.last,
		whole: whole.first,
	};
}

/** The whole a share is taken of: "of the troops", or for a fraction also "half the ammunition". */
function readWhole(
	tokens: readonly Token[],
	after: number,
	withoutOf: boolean
): { from: number; last: number } | null {
	const from = isOf(tokens, after) ? after + 1 : after;
	if (from === after && !(withoutOf && SHARE_DETERMINERS.has(tokens[after]?.text ?? '')))
		return null;
	// The whole is a definite description that may carry its own clause: "the ammunition used on the battlefield".
	const last = readPhrase(tokens, from, { determiner: true, clause: true });
	return last === null ? null : { from, last };
}

const AUXILIARIES = new Set(['were', 'was', 'had', 'have', 'has', 'are', 'is', 'been']);

/** "the twelve who died", "37 who were killed": people counted by what befell them; the last token of that clause. */
export function relativeClauseLast(tokens: readonly Token[], at: number): number | null {
	if (tokens[at]?.lower !== 'who') return null;
	const verb = AUXILIARIES.has(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
	if (!/^\p{Ll}+$/u.test(tokens[verb]?.text ?? '')) return null;
	// "those who made the crossing": the verb's object says who they are.
	return readPhrase(tokens, verb + 1, { determiner: true, clause: false }) ?? verb;
}

function isOf(tokens: readonly Token[], at: number): boolean {
	return tokens[at]?.text === 'of';
}
