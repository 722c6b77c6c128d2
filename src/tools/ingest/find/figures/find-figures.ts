import type { StatedFigure } from '../../../../core/schemas/figure.ts';
import { isNotAFigure } from './is-not-a-figure.ts';
import { readNumber, type NumberCore } from './read-number.ts';
import { readQualifier, type QualifierWords } from './read-qualifier.ts';
import { readUnit, relativeClauseLast, type UnitWords } from './read-unit.ts';
import { tokenise, type Token } from './tokenise.ts';

/** A number found in a sentence, as a structured figure. */
export interface FigureMention {
	text: string;
	index: number;
	figure: StatedFigure;
}

// "two days", "48 hours", "three years old": spans of time say when, not how many.
const TIME_SPAN =
	/^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|century|centuries)(?: old)?$/u;

// Own rules, not compromise's number reader: both find 58 of the tuning half's 63 labelled figures, but compromise
// also reports 36 numbers that are no figure, reads no unit, qualifier or range, and is 15 times slower (npm run eval:numbers).
/** Finds the figures (counts, amounts, shares) in one sentence of news copy. */
export function findFigures(sentence: string): FigureMention[] {
	const tokens = tokenise(sentence);
	const mentions: FigureMention[] = [];
	let floor = 0;
	let at = 0;
	let previousUnit: string | undefined;
	while (at < tokens.length) {
		const core = readNumber(tokens, at);
		const counted = core && !isNotAFigure(tokens, core);
		const unit = counted
			? (readUnit(sentence, tokens, core) ??
				sameUnitAsBefore(tokens, core, previousUnit) ??
				countNamedBefore(sentence, tokens, core) ??
				partOfThoseNamedBefore(sentence, tokens, core))
			: null;
		if (core && unit && !TIME_SPAN.test(unit.unit)) {
			previousUnit = unit.unit;
			// Qualifiers say how precise a single number is; a range or vague band keeps its own.
			const qualifier = core.value === null ? null : readQualifier(tokens, core.first, floor);
			mentions.push(mentionOf(sentence, tokens, core, unit, qualifier));
			floor = unit.last + 1;
		}
		// The whole of a part ("12 of the 20 soldiers") is read next, as a figure of its own.
		at = unit?.whole ?? (core ? Math.max(core.last, unit?.last ?? core.last) + 1 : at + 1);
	}
	return mentions;
}

/**
 * A count with no noun of its own counts what the sentence's previous figure counted: "about 10,000 soldiers are in
 * Russia and as many as 8,000 of them in Kursk", "11,000 troops, up from 3,000 in October".
 */
function sameUnitAsBefore(
	tokens: readonly Token[],
	core: NumberCore,
	previousUnit: string | undefined
): UnitWords | null {
	if (previousUnit === undefined || core.reading !== 'count' || core.value === null) return null;
	const ofThem =
		tokens[core.last + 1]?.lower === 'of' &&
		['them', 'those', 'these'].includes(tokens[core.last + 2]?.lower ?? '');
	return { unit: previousUnit, last: ofThem ? core.last + 2 : core.last };
}

/** "the number of servicemen killed", "the death toll": what a count named before its number counts. */
const NAMED_COUNT =
	/\b(?:(?:the\s+)?(?:number|count|tally|total)\s+of\s+((?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}\p{N}-]+(?:\s+(?:killed|wounded|injured|missing|displaced))?)(?=\s+(?:who|that|in|on|at|to|had|has|have|was|is|could|would|as|from|across)\b|[,;]|$)|(death\s+toll|toll))/gu;
/** The words that carry a count to its number: "has reached 105", "at 3,958", "a death toll of 11,300". */
const COUNT_LINK =
	/\b(?:at|to|of|reached|reach|reaching|hit|topped|stands at|stood at|as high as|as low as)\s+(?:(?:about|around|nearly|almost|more than|over|at least|some|up to|roughly|between|just|approximately)\s+)*$/u;
const WORDS_FROM_COUNT_TO_NUMBER = 20;

/**
 * A count with no noun of its own counts what the clause named before it: "the number of Armenian servicemen killed
 * … has reached 105", "put the number of dead at 3,958", "a death toll of 11,300".
 */
function countNamedBefore(
	sentence: string,
	tokens: readonly Token[],
	core: NumberCore
): UnitWords | null {
	if (core.reading !== 'count') return null;
	const before = sentence.slice(0, tokens[core.first]?.start ?? 0);
	if (!COUNT_LINK.test(before)) return null;
	const named = [...before.matchAll(NAMED_COUNT)].at(-1);
	if (!named) return null;
	const between = before.slice(named.index + named[0].length);
	if (/[.;]/.test(between) || between.split(/\s+/).length > WORDS_FROM_COUNT_TO_NUMBER) return null;
	return { unit: named[1]?.toLowerCase() ?? 'deaths', last: core.last };
}

/**
 * "1,247 of them", "113,000 of those who made the crossing": a part of people named in an earlier sentence, counted
 * in the source's words when nothing in this sentence says what they are.
 */
function partOfThoseNamedBefore(
	sentence: string,
	tokens: readonly Token[],
	core: NumberCore
): UnitWords | null {
	const after = core.last + 1;
	if (core.reading !== 'count' || (core.value ?? 0) <= 1 || tokens[after]?.lower !== 'of')
		return null;
	const pronoun = tokens[after + 1]?.lower;
	if (pronoun !== 'them' && pronoun !== 'those') return null;
	const clauseLast = pronoun === 'those' ? relativeClauseLast(tokens, after + 2) : null;
	const last = clauseLast ?? after + 1;
	const unit = sentence.slice(tokens[after]?.start, tokens[last]?.end).toLowerCase();
	return { unit, last };
}

function mentionOf(
	sentence: string,
	tokens: readonly Token[],
	core: NumberCore,
	unit: UnitWords,
	qualifier: QualifierWords | null
): FigureMention {
	const start = tokens[qualifier?.first ?? core.first]?.start ?? 0;
	// A part's words run on into its whole, which is a mention of its own: the part's text stops at its number.
	const end = tokens[unit.whole === undefined ? unit.last : core.last]?.end ?? sentence.length;
	return {
		text: sentence.slice(start, end),
		index: start,
		figure: figureOf(core, unit.unit, qualifier),
	};
}

function figureOf(core: NumberCore, unit: string, qualifier: QualifierWords | null): StatedFigure {
	if (core.reading === 'vague' || core.value === null) {
		const banded = core.reading === 'vague' ? 'vague' : 'range';
		return { value: null, unit, qualifier: banded, min: core.min ?? 0, max: core.max ?? 0 };
	}
	return {
		value: core.value,
		unit,
		qualifier: qualifier?.qualifier ?? (core.roughly ? 'about' : 'exact'),
	};
}
