import { LONG_MONTHS, SHORT_MONTHS, WEEKDAYS } from '../../../../core/dates/calendar-names.ts';
import type { Token } from './tokenise.ts';

/** Whether a phrase may open with a determiner ("the"), and may run on through a participle clause. */
export interface PhraseOptions {
	determiner: boolean;
	clause: boolean;
}

// Words that end a noun phrase when written in lower case: determiners, pronouns, auxiliaries and
// common verbs, prepositions, conjunctions, adverbs of time and the number words themselves.
const STOP_WORDS = new Set(
	`the a an its their his her our my your this that these those another each every either neither
	both all any some no such many much few several most last next own it they them he him she we us
	you i me there here who whom whose which what where when why how is are was were be been being am
	has have had having do does did will would shall should can could may might must said says say
	told tells remain remains die dies seem seems appear appears include includes fled fell rose went
	came took got began of in on at to into onto for with without within by from across behind near
	along alongside through throughout towards toward against under over between among amid around
	about after before since until during per via like inside outside beyond despite than as off up
	down out upon and or but nor so yet if because while whereas although though unless whether then
	not also now still already just only even ago later earlier soon today yesterday tonight tomorrow
	again too very once twice ever never away back am pm a.m p.m percent cent one two three four five
	six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
	nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion
	trillion dozen dozens hundreds thousands millions half`.split(/\s+/u)
);
const PREPOSITIONS = new Set(
	'on in at by from to for into across over against during under near along through with within inside outside throughout behind around towards'.split(
		' '
	)
);
const OPENING_DETERMINERS = new Set('the its their his her our my your these those all'.split(' '));
// "more troops", "other countries": these need a noun after them to count as one.
const NEEDING_A_HEAD = new Set(['more', 'other', 'additional', 'extra', 'further']);
const IRREGULAR_PARTICIPLES = new Set(
	'made held sent built spent sold bought given taken shot lost seen known found kept brought fought won hit left paid struck stolen driven flown thrown hidden caught'.split(
		' '
	)
);
const NOUNS_ENDING_ED = new Set(
	'speed breed creed steed kindred shed seed feed deed reed weed'.split(' ')
);
const NOUNS_ENDING_LY = new Set([
	'family',
	'assembly',
	'supply',
	'rally',
	'anomaly',
	'monopoly',
	'reply',
]);
const CALENDAR_NAMES = new Set([...LONG_MONTHS, ...SHORT_MONTHS, 'Sept', ...WEEKDAYS]);
const NUMERAL = /^\d[\d,.]*(?:m|mn|bn|k|tn|pc)?$/i;

/** Reads the noun phrase that starts at token `start` and returns its last token; null when none starts there. */
export function readPhrase(
	tokens: readonly Token[],
	start: number,
	options: PhraseOptions
): number | null {
	let next = start;
	if (options.determiner && OPENING_DETERMINERS.has(tokens[next]?.text ?? '')) next += 1;
	let taken = 0;
	while (isPartOfPhrase(tokens, next, taken)) {
		next += 1;
		taken += 1;
	}
	if (taken === 0) return null;
	let last = next - 1;
	// "rounds of ammunition": what follows "of" is still what is counted, unless it is a time or number.
	if (tokens[last + 1]?.text === 'of') {
		last = readPhrase(tokens, last + 2, { determiner: true, clause: false }) ?? last;
	}
	if (options.clause && isParticipleOrGerund(tokens[last + 1]?.text ?? '')) {
		last += 1;
		if (PREPOSITIONS.has(tokens[last + 1]?.text ?? '')) {
			last = readPhrase(tokens, last + 2, { determiner: true, clause: false }) ?? last;
		}
	}
	return last;
}

function isPartOfPhrase(tokens: readonly Token[], at: number, taken: number): boolean {
	const token = tokens[at];
	if (!token?.wordlike || !/\p{L}/u.test(token.text) || NUMERAL.test(token.text)) return false;
	// Capitals inside a phrase mark proper nouns ("North Korean", "US"), never a verb or a stop word.
	if (/^\p{Lu}/u.test(token.text)) return !CALENDAR_NAMES.has(token.text.replace(/['’]s$/u, ''));
	const word = token.text;
	if (STOP_WORDS.has(word)) return false;
	if (NEEDING_A_HEAD.has(word)) return isPartOfPhrase(tokens, at + 1, taken + 1);
	// First word after the number: "300 armed men", "20 wounded civilians", "300 elderly residents".
	if (taken === 0) return true;
	// Later, a participle or adverb starts what is said about the things counted ("troops arrived").
	if (isParticiple(word) || isAdverb(word)) return false;
	// A gerund stays only as a modifier: "armoured fighting vehicles" but not "soldiers preparing to".
	if (isGerund(word)) return isPartOfPhrase(tokens, at + 1, taken + 1);
	return true;
}

function isParticipleOrGerund(word: string): boolean {
	return /^\p{Ll}/u.test(word) && (isParticiple(word) || isGerund(word));
}

function isParticiple(word: string): boolean {
	if (IRREGULAR_PARTICIPLES.has(word)) return true;
	return word.length >= 4 && word.endsWith('ed') && !NOUNS_ENDING_ED.has(word);
}

function isGerund(word: string): boolean {
	return word.length >= 5 && word.endsWith('ing');
}

function isAdverb(word: string): boolean {
	return word.length >= 5 && word.endsWith('ly') && !NOUNS_ENDING_LY.has(word);
}
