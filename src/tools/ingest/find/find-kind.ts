import type { ClaimKind } from '../../../core/claims/claim-kinds.ts';

/** The kind of claim a sentence's wording suggests, with the words that suggest it. */
export interface KindSuggestion {
	kind: ClaimKind;
	/** The words that suggest it; none for a fact, the default. */
	phrase?: string;
	/** Why those words suggest it, for the draft's note. */
	reason?: string;
}

// Checked in order: a demand is an opinion even when it speaks of the future ("will have to react").
const KINDS: Array<{ pattern: RegExp; kind: ClaimKind; reason: string }> = [
	{
		pattern:
			/\b(?:demand(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)? (?:on|for)|condemn(?:s|ed)?|denounc(?:e|es|ed)|(?:we|they) require)\b/i,
		kind: 'opinion',
		reason: 'a demand or judgement, not a statement that can be checked',
	},
	{
		pattern:
			/\b(?:(?:is|are|was|were) expected to|(?:is|are|was|were) (?:set|due|likely) to|will|plans? to|planned to|intends? to|intended to)\b/i,
		kind: 'prediction',
		reason: 'about what will happen: rate it once it is due',
	},
];

/** Suggests whether a sentence states a fact, predicts, or gives an opinion; an editor decides. */
export function findKind(sentence: string): KindSuggestion {
	for (const { pattern, kind, reason } of KINDS) {
		const match = pattern.exec(sentence);
		if (match) return { kind, phrase: match[0], reason };
	}
	return { kind: 'fact' };
}
