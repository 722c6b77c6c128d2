import type { Figure } from '../../../figures/figure.ts';
import { isNotAFigure } from './is-not-a-figure.ts';
import { readNumber, type NumberCore } from './read-number.ts';
import { readQualifier, type QualifierWords } from './read-qualifier.ts';
import { readUnit, type UnitWords } from './read-unit.ts';
import { tokenise, type Token } from './tokenise.ts';

/** A number found in a sentence, as a structured figure. */
export interface FigureMention {
	text: string;
	index: number;
	figure: Figure;
}

// "two days", "48 hours", "three years old": spans of time say when, not how many.
const TIME_SPAN =
	/^(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|century|centuries)(?: old)?$/u;

/** Finds the figures (counts, amounts, shares) in one sentence of news copy. */
export function findFigures(sentence: string): FigureMention[] {
	const tokens = tokenise(sentence);
	const mentions: FigureMention[] = [];
	let floor = 0;
	let at = 0;
	while (at < tokens.length) {
		const core = readNumber(tokens, at);
		const unit = core && !isNotAFigure(tokens, core) ? readUnit(sentence, tokens, core) : null;
		if (core && unit && !TIME_SPAN.test(unit.unit)) {
			// Qualifiers say how precise a single number is; a range or vague band keeps its own.
			const qualifier = core.value === null ? null : readQualifier(tokens, core.first, floor);
			mentions.push(mentionOf(sentence, tokens, core, unit, qualifier));
			floor = unit.last + 1;
		}
		at = core ? Math.max(core.last, unit?.last ?? core.last) + 1 : at + 1;
	}
	return mentions;
}

function mentionOf(
	sentence: string,
	tokens: readonly Token[],
	core: NumberCore,
	unit: UnitWords,
	qualifier: QualifierWords | null
): FigureMention {
	const start = tokens[qualifier?.first ?? core.first]?.start ?? 0;
	const end = tokens[unit.last]?.end ?? sentence.length;
	return {
		text: sentence.slice(start, end),
		index: start,
		figure: figureOf(core, unit.unit, qualifier),
	};
}

function figureOf(core: NumberCore, unit: string, qualifier: QualifierWords | null): Figure {
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
