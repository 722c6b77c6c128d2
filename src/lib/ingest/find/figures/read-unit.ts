import type { NumberCore } from './read-number.ts';
import { readPhrase } from './read-phrase.ts';
import type { Token } from './tokenise.ts';

/** What a number counts, in the source's words, and the token those words end at. */
export interface UnitWords {
	unit: string;
	last: number;
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
			return wholeLast === null ? null : { ...wordsOf(after + 2, wholeLast), last: wholeLast };
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
			const whole = readWhole(tokens, after, core.reading === 'fraction');
			if (whole)
				return { unit: `percent of ${wordsOf(whole.from, whole.last).unit}`, last: whole.last };
			return core.reading === 'percent' ? { unit: 'percent', last: core.last } : null;
		}
	}
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

function isOf(tokens: readonly Token[], at: number): boolean {
	return tokens[at]?.text === 'of';
}
