import type { Status } from '../../../core/statuses/statuses.ts';

/** Wording in a sentence that says how sure its source is, and the status it suggests. */
export interface Hedge {
	phrase: string;
	status: Status;
	/** Why the phrase suggests that status, for the draft's status note. */
	reason: string;
	/**
	 * Whether the hedge qualifies a report the sentence itself makes ("a general was reportedly killed"), so the
	 * sentence is a claim of its own, rather than commenting on the one before ("This could not be verified").
	 */
	inline: boolean;
}

// Checked in order: the first that matches wins, so specific phrases come before general ones.
const HEDGES: Array<Omit<Hedge, 'phrase' | 'inline'> & { pattern: RegExp; inline?: true }> = [
	{
		pattern:
			/\b(?:did|does|could|can|would) not (?:immediately |yet |independently )?(?:confirm|verify)\b|\bcannot (?:yet |independently )?(?:confirm|verify)\b|\bcould not be (?:independently )?verified\b/i,
		status: 'claimed',
		reason: 'not confirmed by others',
	},
	{
		pattern: /\bif (?:(?:proved|proven) (?:accurate|true|correct)|confirmed|true|accurate)\b/i,
		status: 'claimed',
		reason: 'the source treats it as unproven',
	},
	{
		pattern:
			/\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects) (?:the |these |those |such )?(?:claims?|reports?|allegations?|using|that|any)\b|\bfake news\b/i,
		status: 'disputed',
		reason: 'a denial: the matter is disputed; link the denial to the claims it contradicts',
	},
	// "has not formally acknowledged", "neither … has confirmed": a denial of confirmation, not a confirmation.
	{
		pattern:
			/\b(?:has|have|had|did|does|do|is|are|was|were)(?:n't| not| never)(?: (?:yet|formally|publicly|officially|independently|been))* (?:acknowledged?|admit(?:ted)?|confirm(?:ed)?|verif(?:y|ied))\b|\b(?:neither|nor|no one|nobody)\b[^.;]{0,60}\b(?:acknowledged|admitted|confirmed|verified)\b/i,
		status: 'claimed',
		reason: 'the report says it has not been acknowledged or confirmed',
	},
	// An article's report of an acknowledgement or a confirmation is evidence for other claims, not for the sentence
	// it is drafted from: a claim is never corroborated or confirmed by its own source.
	{
		pattern: /\b(?:acknowledged|admitted|conceded)\b/i,
		status: 'claimed',
		reason:
			'an acknowledgement: if it comes from the party concerned, cite this report to confirm the claims it bears on',
	},
	{
		pattern: /\b(?:confirmed|verified)\b/i,
		status: 'claimed',
		reason:
			'a confirmation by another party: cite this report as the evidence on the claim it confirms',
	},
	{
		pattern: /\brevealed\b/i,
		status: 'claimed',
		reason: 'the outlet’s own reporting, not independently verified',
	},
	{
		pattern:
			/\b(?:is|are|was|were) (?:thought|believed|estimated|said|reported|understood) to\b|\breportedly\b|\ballegedly\b|\bsuspected\b|\bit appears\b|\bappears to\b/i,
		status: 'claimed',
		reason: 'hedged by the source',
		inline: true,
	},
];

/** Finds the first hedge in a sentence, if any. */
export function findHedge(sentence: string): Hedge | undefined {
	for (const { pattern, status, reason, inline = false } of HEDGES) {
		const match = pattern.exec(sentence);
		if (match) return { phrase: match[0], status, reason, inline };
	}
	return undefined;
}
