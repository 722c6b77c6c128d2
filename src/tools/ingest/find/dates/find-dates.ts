import { parseFuzzyDate } from '../../../../core/dates/fuzzy-date.ts';
import { CALENDAR_PHRASES } from './calendar-phrases.ts';
import { findChronoDates } from './chrono-dates.ts';
import { DATE_RANGES } from './date-ranges.ts';
import { readPublication } from './publication.ts';
import { RELATIVE_PHRASES } from './relative-phrases.ts';
import { matchRules } from './rule.ts';
import { SEASON_PHRASES } from './season-phrases.ts';
import type { DateExpression } from './date-expression.ts';

const OWN_RULES = [...DATE_RANGES, ...CALENDAR_PHRASES, ...SEASON_PHRASES, ...RELATIVE_PHRASES];

/**
 * Finds every time expression in one sentence and resolves it (relative phrases against `published`, an ISO
 * 8601 timestamp with offset, on the local calendar day there). In order of appearance, never overlapping:
 * of overlapping candidates the longest wins, and on a tie the project's own rules beat chrono.
 */
export function findDates(sentence: string, published: string): DateExpression[] {
	const publication = readPublication(published);
	const candidates = [
		...matchRules(sentence, OWN_RULES, publication),
		...findChronoDates(sentence, publication),
	].filter((candidate) => parseFuzzyDate(candidate.edtf).ok);
	return withoutOverlaps(candidates).sort((a, b) => a.index - b.index);
}

function withoutOverlaps(candidates: DateExpression[]): DateExpression[] {
	// A stable sort keeps the own rules, listed first, ahead of chrono on equal lengths.
	const longestFirst = [...candidates].sort((a, b) => b.text.length - a.text.length);
	const kept: DateExpression[] = [];
	for (const candidate of longestFirst) {
		if (!kept.some((other) => overlaps(candidate, other))) kept.push(candidate);
	}
	return kept;
}

function overlaps(a: DateExpression, b: DateExpression): boolean {
	return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}
