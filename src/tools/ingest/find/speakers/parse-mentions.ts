import nlp from 'compromise';
import { isNounNotReport, isReportingVerb, type Attribution } from './find-attribution.ts';

/** A verb as compromise's JSON describes it (its output is untyped). */
interface ParsedVerb {
	text: string;
	offset: { start: number };
	verb: { root: string; negative: boolean; grammar: { passive?: boolean } };
}

const QUOTATION = /“[^”]*”|"[^"]*"/g;
/**
 * How monitors and offices report a count without a reporting verb: "ACLED, which has recorded more than 28,700
 * deaths", "The office documented 315 lynchings". Only the parse reads them: as patterns they would take any subject.
 */
const COUNTING_VERB =
	/^(?:recorded|records|documented|documents|counted|counts|registered|registers|tallied|tallies)$/;
const MAX_MENTION_WORDS = 12;
/**
 * What follows a verb used as a participle, not a report: "accused of", "reported by", and the time straight after it
 * ("a paper published last year"), which a report's verb does not take.
 */
const PARTICIPLE_PHRASE = /^\s+(?:of|by|(?:last|earlier this|this) (?:year|month|week)|in \d{4})\b/;
// "the 600 people believed to have died": a reduced passive ("JNIM claimed to have" still reports).
const REDUCED_PASSIVE = /^(?:believed|said|reported|estimated)\s+to\s+(?:have|be)\b/;
const AFTER_A_COPULA = /\b(?:is|was|are|were|be|been|being)\s+$/i;
const AFTER_BE =
	/\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+|first\s+|already\s+|also\s+)?$/iu;
/** The start of a description the parse may cut short: "a US-based monitor" comes back as "monitor". */
const DESCRIPTION_START = /(?:^|\s)(?:an?|the)\s+[^,]*$/u;
/** The name that ends the words before a description set off by commas: "the Armed … Project (ACLED), ". */
const NAME_BEFORE_DESCRIPTION =
	/(?:^|[,;]\s+|\b(?:from|by|of)\s+)((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*\p{Lu}[\p{L}’'.-]*)*(?:\s+\(\p{Lu}{2,}\))?),\s*$/u;

/**
 * compromise marks "were published" as passive but reads "were first published" as two verbs: a form of "be" before
 * the verb, an adverb or none between, makes it passive all the same.
 */
function isPassive(parsed: ParsedVerb, sentence: string): boolean {
	return (
		parsed.verb.grammar.passive === true ||
		AFTER_BE.test(sentence.slice(0, parsed.offset.start + parsed.text.indexOf(parsed.verb.root)))
	);
}

/**
 * The sieve's second way to a speaker's mention, read from compromise's parse of the sentence rather than from
 * patterns: the subject of each reporting verb, in the order the verbs stand. The parse links a relative clause to the
 * noun it describes ("… the Armed Conflict Location and Event Data Project, which says 28,000 died" is the project's)
 * and a verb to a subject far before it ("A source in Ukraine's security and defence sector told AFP"). A verb in a
 * quotation, denied ("did not deny") or passive ("was reported") has no speaker here.
 */
export function parsedMentions(sentence: string): Attribution[] {
	const quoted = [...sentence.matchAll(QUOTATION)].map(
		(match) => [match.index, match.index + match[0].length] as const
	);
	const inQuotation = (at: number) => quoted.some(([start, end]) => at >= start && at < end);
	const mentions: Attribution[] = [];
	const verbs = nlp(sentence).verbs();
	for (let at = 0; at < verbs.length; at++) {
		// `eq` types its result as a plain view; it is one of the verbs.
		const verb = verbs.eq(at) as typeof verbs;
		const [parsed] = verb.json({ offset: true }) as ParsedVerb[];
		if (!parsed || parsed.verb.negative || isPassive(parsed, sentence)) continue;
		// "older people accused of witchcraft", "figures reported by the agency": a participle describing a noun.
		if (
			PARTICIPLE_PHRASE.test(sentence.slice(parsed.offset.start + parsed.text.length)) ||
			REDUCED_PASSIVE.test(sentence.slice(parsed.offset.start))
		)
			continue;
		const root = parsed.verb.root.toLowerCase();
		if (!(isReportingVerb(root) || COUNTING_VERB.test(root)) || inQuotation(parsed.offset.start))
			continue;
		const verbEnd = parsed.offset.start + parsed.text.length;
		if (
			isNounNotReport(
				parsed.text.toLowerCase(),
				sentence.slice(0, parsed.offset.start),
				sentence.slice(verbEnd)
			)
		)
			continue;
		const subjects = verb.subjects();
		const subject = subjects
			.text()
			.trim()
			.replace(/[,;:]+$/u, '');
		if (subject === '' || subject.split(/\s+/).length > MAX_MENTION_WORDS || /^[“"]/u.test(subject))
			continue;
		// "It was the first time Washington has said so": what follows "was" is no subject, whatever the parse says.
		const [{ offset } = { offset: { start: 0 } }] = subjects.json({ offset: true }) as Array<{
			offset: { start: number };
		}>;
		const before = sentence.slice(0, offset.start);
		// "…, with explosions reported in Kyiv": the subject of an absolute phrase reports nothing.
		if (AFTER_A_COPULA.test(before) || /\bwith\s+$/i.test(before)) continue;
		const mention = {
			verb: parsed.verb.root,
			verbIndex: parsed.offset.start + parsed.text.toLowerCase().indexOf(root),
		};
		// "ACLED, a US-based monitor, which says …": the description stands for the name before it.
		const named = /^(?:an?\s+|the\s+)?\p{Ll}/u.test(subject)
			? NAME_BEFORE_DESCRIPTION.exec(before.replace(DESCRIPTION_START, ''))?.[1]
			: undefined;
		if (named !== undefined) mentions.push({ ...mention, speaker: named });
		mentions.push({ ...mention, speaker: subject });
	}
	return mentions;
}
