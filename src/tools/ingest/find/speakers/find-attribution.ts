import { knownOutlet } from '../../extract/outlet/known-outlets.ts';
import { ROLE_WORD, TITLE_ABBREVIATIONS } from './role-words.ts';
import { findPlaces } from '../find-places.ts';

/** Who a sentence says is speaking, in the article's own words. */
export interface Attribution {
	/** The words naming the speaker: "the agency", "Ukraine’s president, Volodymyr Zelenskyy". */
	speaker: string;
	/** The reporting verb as written: "said", "told", "reported". */
	verb: string;
	/** Offset of the verb in the sentence. */
	verbIndex: number;
	/** "citing anonymous sources", when the speaker passes on what others told it. */
	citing?: string;
	/** The speaker is whom a news outlet cites ("TASS reported, citing emergency services"): a source by position. */
	cited?: boolean;
}

const VERBS =
	'said|says|say|told|tells|reported|reports|stated|states|claimed|claims|denied|denies|dismissed|dismisses|rejected|rejects|revealed|reveals|estimated|estimates|estimate|warned|warns|demanded|demands|added|adds|announced|announces|confirmed|confirms|acknowledged|acknowledges|alleged|alleges|published|publishes|suggested|suggests|wrote|writes|insisted|insists|accused|accuses|disclosed|discloses|cited|cites|believes|believe|believed|assessed|assesses|noted|notes|stressed|stresses|argued|argues|asserted|asserts|explained|explains|testified|testifies|admitted|admits|conceded|concedes|pointed out|points out';
// "Zelenskyy put North Korean losses at more than 3,000": an estimate reported with "put … at" a number (or at a
// quoted one, blanked out by the time this is matched).
const PUT_AT =
	'puts?(?=\\s[^.;:]{1,60}?\\bat\\s+(?:about |around |nearly |almost |more than |over |at least |some |up to |roughly |just )?(?:[“"\\d$£€]|(?:several|a few|dozens|hundreds|thousands|tens|one|two|three|four|five|six|seven|eight|nine|ten|half)\\b))';
// "The ministry has updated the list of the dead", "The UN revised down its estimate": a body that changes its own
// count reports the new one.
const REVISED_COUNT =
	'(?:raised|revised|updated|lowered|increased)(?=\\s+(?:up\\s+|down\\s+)?(?:its|the|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:toll|count|tally|figures?|numbers?|list|estimates?)\\b)';
// "…, telling journalists that …": a participle that reports for the sentence's subject, read only after a comma.
const VERB = new RegExp(`\\b(?:${VERBS}|${PUT_AT}|${REVISED_COUNT}|telling)\\b`, 'gu');
const REPORTING_VERB = new RegExp(`^(?:${VERBS})$`);

/** Whether a word is one of the reporting verbs the patterns look for ("said", "estimates"). */
export function isReportingVerb(word: string): boolean {
	return REPORTING_VERB.test(word);
}
/** A short speaker after a closing quote, then the verb: `…,” the agency said`. */
const AFTER_QUOTE = new RegExp(
	`[”"]\\s+((?:[\\p{L}’'-]+\\s+){0,5}?[\\p{L}’'-]+)\\s+(${VERBS})\\b`,
	'u'
);
/**
 * A short speaker after a comma at the very end, maybe with whom it told and when or where: `…, a Ukrainian source
 * said.`, `…, the Pentagon said on Monday.`, `…, the NIS told lawmakers on Tuesday.`, `…, it said in a statement.`
 */
/** A person's name: capitalised words, with the particles some names keep in lower case ("Vivian van de Perre"). */
const PERSON_NAME = `\\p{Lu}[\\p{L}’'.-]+(?:\\s+(?:(?:van|von|de|der|den|du|da|dos|del|la|le|al|bin|ibn)\\s+)*\\p{Lu}[\\p{L}’'.-]+){1,3}`;
// What may follow the verb at a sentence's end: whom it told and when or where.
const AT_END_TAIL = `(?:(?<=told|tells)\\s+(?:the\\s+|an?\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?(?:\\s+(?:(?:in|on|at|to|during|after|before|from|via|through|last|this|late|early|earlier|later|yesterday|today|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\\b[^,.;:!?]{0,60}))?\\s*[.!?]?$`;
const AT_END = new RegExp(
	`,\\s+((?:[\\p{L}’'.()-]+\\s+){0,11}?[\\p{L}’'.()-]+)\\s+(${VERBS})${AT_END_TAIL}`,
	'u'
);
/** `…, Robin Lardot, director of Finland's National Bureau of Investigation, told a news conference.` */
const NAME_WITH_ROLE_AT_END = new RegExp(
	`[,”"]\\s+(${PERSON_NAME}),\\s+[^,]{3,140}?,\\s+(${VERBS})${AT_END_TAIL}`,
	'u'
);
/** `…, the U.N. human rights chief, Volker Türk, said in a statement.`: the role first, then the name. */
const ROLE_THEN_NAME_AT_END = new RegExp(
	`[,”"]\\s+((?:the\\s+|an?\\s+)?[^,]{3,80}?,\\s+${PERSON_NAME}),\\s+(${VERBS})${AT_END_TAIL}`,
	'u'
);
/** Verb forms that are also plural nouns ("these reports", "amid claims"): not a report after such a word. */
const NOUN_LIKE_VERB = /^(?:reports|claims|states|estimates|estimate|demands)$/;
const NOUN_CONTEXT =
	/\b(?:the|these|those|such|of|amid|intelligence|media|news|press|their|its|his|her|our|new|latest|earlier|previous|unconfirmed)\s+$/i;
// "states" reports only what follows it as a clause or quotation ("the report states that"); "member states to give"
// and "Gulf states struggle" are the noun.
const STATES_REPORTING = /^\s*(?:that\b|[:,.;“"]|$)/u;

/**
 * Whether a reporting verb's form is a noun where it stands: "these reports", "amid claims", "member states to give".
 * `before` and `after` are the sentence's text on either side of it.
 */
export function isNounNotReport(verb: string, before: string, after: string): boolean {
	if (NOUN_LIKE_VERB.test(verb) && NOUN_CONTEXT.test(before)) return true;
	return verb === 'states' && !STATES_REPORTING.test(after);
}
/** `…,” said Peskov.` */
const VERB_FIRST = new RegExp(
	`[”"]\\s*,?\\s+(${VERBS})\\s+((?:[\\p{Lu}][\\p{L}’'-]*\\s?){1,4})`,
	'u'
);
/**
 * An attribution set off by commas inside the sentence: "Most of the troops, State Department deputy spokesperson
 * Vedant Patel told a briefing on Tuesday, have moved…", "…this year, South Korea's spy agency said on Thursday,
 * adding…". What follows the verb is a day or an addressee, never a clause ("said that…").
 */
const PARENTHETICAL = new RegExp(
	`,\\s+((?:[\\p{L}\\p{N}’'.()-]+\\s+){0,8}?[\\p{L}’'.()-]+)\\s+(${VERBS})((?:\\s+(?!that\\b)[^\\s,;:]+){0,6}?),\\s+(?=\\p{Ll})`,
	'u'
);
// "according to the International Organization for Migration (IOM),": the acronym belongs to the name.
// "… according to Western diplomats who spoke on condition of anonymity": the relative clause describes them.
const ACCORDING_TO =
	/\b[Aa]ccording to ([\p{L}\p{N}’'-]+(?:\s[\p{L}\p{N}’'&-]+){0,11}?(?:\s\(\p{Lu}{2,}\))?)\s?(?=[,.;]|\s(?:who|which|that|seen)\b|$)/u;
/** "a new estimate by researchers", "the report by the UN": the work named stands for whoever made it. */
const WORK_BY =
	/^(?:(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:estimate|report|study|analysis|assessment|count|survey|tally|investigation|review)|(?:[\p{L}-]+\s+)?(?:data|figures|numbers|images|footage)(?:\s+(?:compiled|collected|gathered|published|released|analysed|analyzed))?)(?:\s+(?:on|in|last|this)\s+\p{L}+)?\s+(?:by|from)\s+(?=\S)/iu;
/** "figures the Commission released in November": the figures stand for whoever released them. */
const FIGURES_RELEASED_BY =
	/^(?:the\s+)?(?:figures|data|numbers|estimates)\s+((?:the\s+)?\p{Lu}.+?)\s+(?:released|published|compiled|issued|gave)\b.*$/u;
/** "an Associated Press investigation", "Reuters calculations": a work named after whoever made it. */
const NAMED_WORK =
	/^(?:an?\s+|the\s+)?((?:\p{Lu}[\p{L}&.-]*\s+)+)(?:investigation|analysis|calculations?|count|tally|estimate|review|survey)$/u;
/** "…, an Associated Press investigation has found": a work's finding, with the work as its speaker. */
const WORK_FINDING =
	/(?:^|,\s+)((?:an?\s+|the\s+)?[^,]{2,80}?\b(?:investigation|analysis|calculations?|study|report|review|survey|count|tally|estimate|assessment)(?:\s+(?:by|from)\s+[^,]{2,80}?)?)\s+(?:has\s+|have\s+)?(found|finds|shows?|showed|identified|identifies|concluded|concludes)\b/u;
/** "the Kremlin's readout of the call", "Britain's latest assessment": the work of whoever owns it. */
const OWNED_WORK =
	/^(.+?)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:readout|report|statement|assessment|estimate|count|tally|figures|data|analysis|study|investigation|review|calculations?)\b.*$/iu;
/**
 * A named person with a role between commas before the verb: "Robin Lardot, director of Finland's National Bureau
 * of Investigation, told …", "Daleep Singh, the White House deputy national security adviser, told …".
 */
const NAME_THEN_DESCRIPTION = new RegExp(
	`^((?:${PERSON_NAME}|\\p{Lu}{2,}|\\p{Lu}\\p{Ll}+)),\\s+[^,]{3,120}(?:,\\s+[^,]{3,120}){0,2},\\s*$`,
	'u'
);
/** "The Collectif Justice pour Barsalogho (CJB), set up by relatives of the victims,": a name, then what it is. */
const DESCRIBED_NAME = /^((?:the\s+)?\p{Lu}[^,]{1,80}),\s+\p{Ll}[^,]{2,90},?$/u;
const NAME_WITH_ROLE =
	/^(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}),\s+(?:the\s+|an?\s+)?[^,]{3,90}?(?:,\s+[^,]{3,90}?)?,?$/u;
const CITING =
	/\bciting (?:[\p{L}-]+ ){0,3}(?:sources?|officials?|people|intelligence|reports?|documents?)\b/u;
/** Words that open a clause before a speaker: "The statements come a day after | Ukraine’s president … said". */
// "…, where Moscow has said" and "…, in which he said" open a clause of their own.
const CLAUSE_OPENER =
	/^(?:.*[;:]\s*|.*\b(?:after|that|when|where|while|because|since|but|and|as|in which)\s+)/su;
/** Auxiliaries and adverbs between a speaker and its verb: "The NIS also published", "Russia has denied". */
const BEFORE_VERB =
	/\s+(?:also|earlier|previously|repeatedly|again|already|first|initially|later|publicly|officially|formally|finally|now|then|has|have|had|was|were|is|are|would|will|did|does)$/iu;
/** Openers that are not part of the speaker: "In a statement on its website,", "Additionally,", "On Friday". */
// The weekday form comes first: "On Friday the Ukrainian foreign minister, Andrii Sybiha" keeps its appositive.
const LEADING_ADVERBIAL =
	/^(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?(?:,\s*|\s+)|(?:early|late)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?,\s*|on \p{L}+\.? \d{1,2}, \d{4},\s*|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few) (?:days?|weeks?|months?|years?) (?:earlier|later|before|after|ago)|(?:earlier|later) (?:this|that|last) (?:week|month|year)|last (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[^,]*?(?:,\s*|\s+(?=\p{Lu}|he\b|she\b|they\b|it\b|we\b))|(?:in|on|at|by|from|with|during|if|when|as|according to|additionally|meanwhile|however|earlier|later|separately|also|instead|using|drawing on|based on)\b[^,]*,\s*)/iu;
const MAX_SPEAKER_WORDS = 10;
const ANONYMITY_CLAUSE =
	/\s+who\s+(?:asked|spoke|declined|requested|did not want|was not authori[sz]ed)\b.*$/iu;
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "…Kanaani on September 9 dismissed": the day is when, not who. */
const TRAILING_TIME = new RegExp(
	`\\s+(?:(?:on|last|this|next)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)|on\\s+${MONTH_NAME}\\s+\\d{1,2}|on\\s+\\d{1,2}\\s+${MONTH_NAME}|yesterday|today|overnight)$`,
	'iu'
);
const CLAUSE_VERB = /\s(?:has|have|had|is|are|was|were|will|would|can|could)\s/i;

/**
 * Finds the speaker and reporting verb of a sentence; undefined when nobody is said to be speaking. A news outlet
 * that passes on someone's words is the reporter, not the speaker: "experts said, according to Reuters" is the
 * experts', "Yonhap reported, citing a lawmaker" the lawmaker's.
 */
export function findAttribution(sentence: string): Attribution | undefined {
	const unquoted = maskQuotations(sentence);
	const found =
		invertedAttribution(sentence, unquoted) ??
		throughReporter(sentence, unquoted) ??
		accordingTo(sentence, unquoted) ??
		parenthetical(sentence, unquoted) ??
		subjectBeforeVerb(sentence, unquoted) ??
		workFinding(sentence, unquoted);
	if (!found) return undefined;
	const attribution = { ...found, speaker: authorOfWork(found.speaker) };
	// "Ukrainska Pravda reported, citing sources in the HUR": the outlet reports, the sources claim.
	const cited = CITED.exec(unquoted);
	if (cited && isNewsOutlet(attribution.speaker))
		return {
			...attribution,
			speaker: sentence
				.slice(cited.index + 'citing '.length, cited.index + cited[0].length)
				.replace(/[\s.,;]+$/, ''),
			cited: true,
		};
	const citing = CITING.exec(unquoted);
	return citing
		? { ...attribution, citing: sentence.slice(citing.index, citing.index + citing[0].length) }
		: attribution;
}

/**
 * A report stands for whoever wrote it, whoever saw it and whenever: "a report by United Nations experts seen by
 * Reuters on Monday" is the experts'.
 */
function authorOfWork(speaker: string): string {
	return speaker
		.replace(WORK_BY, '')
		.replace(OWNED_WORK, '$1')
		.replace(FIGURES_RELEASED_BY, '$1')
		.replace(NAMED_WORK, (_, owner: string) => owner.trim())
		.replace(/\s+(?:seen|obtained|reviewed)\s+by\s+.*$/u, '')
		.replace(TRAILING_TIME, '');
}

/** A known outlet, or words that say the speaker is one: "The independent outlet Verstka", "a Japanese newspaper". */
function isNewsOutlet(speaker: string): boolean {
	// "RFE/RL's Ukrainian Service", "the BBC's Russian service": a desk of a known outlet.
	const owner = /^(?:the\s+)?(.+?)['’]s\s/u.exec(speaker)?.[1];
	return (
		knownOutlet(speaker.replace(/^the\s+/i, '')) !== undefined ||
		knownOutlet(speaker) !== undefined ||
		(owner !== undefined && knownOutlet(owner) !== undefined) ||
		/\b(?:outlet|newspaper|daily|broadcaster|magazine|journal|news agency|news service|news site|television|TV|radio)\b/i.test(
			speaker
		)
	);
}

/** "citing a lawmaker", "citing South Korea's spy agency": whom an outlet passes on. */
const CITED = /\bciting ([\p{L}’'.-]+(?:\s[\p{L}’'.-]+){0,7}?)\s?(?=[,.;]|$)/u;

/**
 * "According to X" passes on someone's words; the words the sentence itself attributes are the speaker's: "military
 * experts said, according to Reuters" is the experts', "According to Lee, the NIS also said…" the NIS's. Without an
 * attribution of its own, only a news outlet is a reporter rather than the speaker, and that is left to the caller.
 */
function throughReporter(sentence: string, unquoted: string): Attribution | undefined {
	const according = ACCORDING_TO.exec(unquoted);
	if (!according) return undefined;
	const opening = unquoted.slice(0, according.index).trim() === '';
	const end = according.index + according[0].length;
	// The clause after an opening "According to X," or the words before a closing one.
	const [from, to] = opening
		? [end + (/^\s*,\s*/.exec(unquoted.slice(end))?.[0].length ?? 0), unquoted.length]
		: [0, unquoted.slice(0, according.index).replace(/[,\s]+$/, '').length];
	const part = sentence.slice(from, to);
	const partUnquoted = unquoted.slice(from, to);
	// "According to the report, which Kim said was accurate, …": a relative clause is about the reporter, not a speaker.
	if (opening && /^(?:which|who|whom|whose|that)\b/i.test(partUnquoted)) return undefined;
	const inner =
		invertedAttribution(part, partUnquoted) ??
		parenthetical(part, partUnquoted) ??
		subjectBeforeVerb(part, partUnquoted);
	return inner && { ...inner, verbIndex: inner.verbIndex + from };
}

function invertedAttribution(sentence: string, unquoted: string): Attribution | undefined {
	const verbFirst = VERB_FIRST.exec(unquoted);
	if (verbFirst) {
		const verbIndex = verbFirst.index + verbFirst[0].indexOf(verbFirst[1]!);
		return { speaker: verbFirst[2]!.trim(), verb: verbFirst[1]!, verbIndex };
	}
	const inverted = [
		AFTER_QUOTE.exec(unquoted),
		AT_END.exec(unquoted),
		NAME_WITH_ROLE_AT_END.exec(unquoted),
		ROLE_THEN_NAME_AT_END.exec(unquoted),
	].find((match) => match !== null && isSpeaker(match[1]!, match[2]!));
	if (!inverted) return undefined;
	const speakerIndex = inverted.index + inverted[0].indexOf(inverted[1]!);
	const verbIndex =
		speakerIndex +
		inverted[1]!.length +
		inverted[0]
			.slice(inverted[0].indexOf(inverted[1]!) + inverted[1]!.length)
			.indexOf(inverted[2]!);
	return {
		speaker: sentence.slice(speakerIndex, speakerIndex + inverted[1]!.length),
		verb: inverted[2]!,
		verbIndex,
	};
}

/**
 * "said his country had intelligence reports": a clause, not a speaker; "intelligence reports": a noun; "has not
 * confirmed": no report at all.
 */
function isSpeaker(speaker: string, verb: string): boolean {
	if (new RegExp(`\\b(?:${VERBS})\\b`).test(speaker)) return false;
	// "…, a claim Ukraine’s military rejected": what was rejected is the sentence's claim; the rejecter is no speaker of it.
	if (DISPUTED_CLAIM.test(speaker.trim()) || PREPOSITION_FIRST.test(speaker.trim())) return false;
	// `…," and said`: a conjunction joins a second report by the sentence's subject; it is no speaker.
	if (/^(?:and|but|or|then|so|which|who|that)\b/i.test(speaker.trim())) return false;
	// "…, a claim Moscow has not confirmed": a verb denied is no report.
	if (/(?:\b(?:not|never)|n't)(?:\s+yet)?$/i.test(speaker.trim())) return false;
	if (NOUN_LIKE_VERB.test(verb) && NAMED_GROUP.test(speaker)) return false;
	return !(NOUN_LIKE_VERB.test(verb) && NOUN_CONTEXT.test(`${speaker} `));
}

const DISPUTED_CLAIM =
	/^(?:a|an|the)\s+(?:claim|allegation|charge|accusation|assertion|version|account|figure|estimate|description)\s+(?!by\b|from\b|of\b)/iu;
// A subject never opens with a preposition: "despite warnings from a hydrologist in a paper published" names no one.
const PREPOSITION_FIRST =
	/^(?:despite|from|with|without|in|into|on|at|by|for|of|to|under|over|through)\s/iu;

/** "… the three Baltic states", "Gulf states", "three reports": after a name or a number, the verb form is a noun. */
const NAMED_GROUP =
	/(?:\b\p{Lu}[\p{L}-]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+))$/u;

function parenthetical(sentence: string, unquoted: string): Attribution | undefined {
	const match = PARENTHETICAL.exec(unquoted);
	if (!match || !isSpeaker(match[1]!, match[2]!)) return undefined;
	const speakerIndex = match.index + match[0].indexOf(match[1]!);
	const verbIndex = speakerIndex + match[1]!.length + 1;
	const speaker = trimSpeaker(sentence.slice(speakerIndex, speakerIndex + match[1]!.length));
	return speaker === '' ? undefined : { speaker, verb: match[2]!, verbIndex };
}

function accordingTo(sentence: string, unquoted: string): Attribution | undefined {
	const match = ACCORDING_TO.exec(unquoted);
	if (!match) return undefined;
	const speakerIndex = match.index + 'according to '.length;
	return {
		speaker: sentence.slice(speakerIndex, speakerIndex + match[1]!.length).trim(),
		verb: 'according to',
		verbIndex: match.index,
	};
}

/** "A report by Yale's lab identified 314 children", "…, Reuters calculations show": the work speaks for its makers. */
function workFinding(sentence: string, unquoted: string): Attribution | undefined {
	const match = WORK_FINDING.exec(unquoted);
	if (!match) return undefined;
	const speakerIndex = match.index + match[0].indexOf(match[1]!);
	return {
		speaker: sentence.slice(speakerIndex, speakerIndex + match[1]!.length),
		verb: match[2]!,
		verbIndex: match.index + match[0].lastIndexOf(match[2]!),
	};
}

function subjectBeforeVerb(sentence: string, unquoted: string): Attribution | undefined {
	// "In an interview with Bild published on Sunday, Netanyahu said": a verb in the opening phrase reports nothing.
	const opener = LEADING_ADVERBIAL.exec(unquoted)?.[0].length ?? 0;
	for (const match of unquoted.matchAll(VERB)) {
		if (match.index < opener) continue;
		const before = unquoted.slice(0, match.index);
		// "If confirmed, …" is a hedge and "would not say" no report at all; "these reports" is a noun.
		const after = unquoted.slice(match.index + match[0].length);
		// "reported by the agency" is passive: the speaker comes after it; "is believed to" says who is not.
		// "people accused of helping them" describes them: a participle, no report.
		// "with explosions reported in Kyiv": a participle in an absolute phrase.
		// "the 600 people believed to have died": a reduced passive, no report ("JNIM claimed to have" reports).
		if (
			/^\s+(?:by|of)\b/.test(after) ||
			(/^(?:believed|said|reported|estimated)$/.test(match[0]) &&
				/^\s+to\s+(?:have|be)\b/.test(after)) ||
			/\b(?:is|are|was|were|been|being|be)\s+$/i.test(before) ||
			/\bwith\s+\p{Ll}+\s+$/u.test(before)
		)
			continue;
		if (
			/(?:\b(?:if|not|never|to)|n't)(?:\s+yet)?\s+$/i.test(before) ||
			isNounNotReport(match[0], before, after)
		)
			continue;
		if (match[0] === 'telling' && !/,\s*$/.test(before)) continue;
		// "The agency has tripled its estimate since April, and says…", "Putin did not deny it, telling journalists
		// that …": the verb shares the sentence's subject.
		// "The Houthis have attacked ships … in what they say is solidarity": the pronoun is the sentence's subject.
		if (
			/(?:,\s*|\s)(?:and|but)\s*$/.test(before) ||
			(match[0] === 'telling' && /,\s*$/.test(before)) ||
			/\bin what\s+(?:they|it|he|she)\s+$/i.test(before)
		) {
			const subject = sentenceSubject(sentence);
			if (subject === undefined) continue;
			return { speaker: subject, verb: match[0], verbIndex: match.index };
		}
		const written = sentence.slice(0, match.index);
		// "DTEK, Ukraine's largest private energy company, said", "Lawrence Kanyuka, the spokesman for …, the
		// coalition that includes the M23, said": the name that opens the sentence, whatever describes it.
		const opening = LEADING_ADVERBIAL.test(written)
			? undefined
			: NAME_THEN_DESCRIPTION.exec(written)?.[1];
		if (opening !== undefined) return { speaker: opening, verb: match[0], verbIndex: match.index };
		const subject = trimSpeaker(written);
		const speaker =
			NAME_WITH_ROLE.exec(subject)?.[1] ?? DESCRIBED_NAME.exec(subject)?.[1] ?? subject;
		// "The agency has given higher casualty estimates": a clause with its own verb is no speaker.
		if (CLAUSE_VERB.test(speaker) || PREPOSITION_FIRST.test(speaker)) continue;
		if (speaker === '' || speaker.split(/\s+/).length > MAX_SPEAKER_WORDS) return undefined;
		return { speaker, verb: match[0], verbIndex: match.index };
	}
	return undefined;
}

/** The subject a sentence opens with, before its first verb: "South Korean intelligence has…", "Kim awarded…". */
function sentenceSubject(sentence: string): string | undefined {
	let rest = sentence;
	while (LEADING_ADVERBIAL.test(rest)) rest = rest.replace(LEADING_ADVERBIAL, '');
	const subject = SUBJECT.exec(rest)?.[1];
	return subject !== undefined && /^\p{Lu}/u.test(subject) ? subject : undefined;
}

const SUBJECT =
	/^((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)\s+(?:has|have|had|is|are|was|were|will|would|did|does|\p{Ll}+ed)\b/u;

function trimSpeaker(text: string): string {
	// ", speaking after talks with…", ", citing sources", ", released on Wednesday as a preprint," and ", who sits on
	// the committee," describe the speaker;
	// they are not it.
	let speaker = text.trim();
	// "On Sunday evening, acting mayor Artem Kobzar": the opening phrase goes first, or the title that follows its
	// comma would read as a participle's clause.
	while (LEADING_ADVERBIAL.test(speaker)) speaker = speaker.replace(LEADING_ADVERBIAL, '');
	// "The IOM, which monitors …, has said": the auxiliary goes first, so the clause is the last thing before it.
	while (BEFORE_VERB.test(speaker)) speaker = speaker.replace(BEFORE_VERB, '');
	// "Residents of Rafah, where 1.4 million people shelter, told": a place's clause set off by commas describes it;
	// without the closing comma ("…Kursk region, where Moscow has said") the clause holds the report.
	const setOff = speaker.endsWith(',');
	speaker = speaker
		.replace(/,$/, '')
		.replace(
			setOff
				? /,\s+(?:\p{Ll}+ing|\p{Ll}+ed|who|which|where)\b[^,]*$/u
				: /,\s+(?:\p{Ll}+ing|\p{Ll}+ed|who|which)\b[^,]*$/u,
			''
		)
		// "A volunteer who asked not to be named for fear of reprisal": unnamed, and the clause says why.
		.replace(ANONYMITY_CLAUSE, '');
	// "North Korea on Monday acknowledged": the day is when, not who.
	while (BEFORE_VERB.test(speaker) || TRAILING_TIME.test(speaker))
		speaker = speaker.replace(BEFORE_VERB, '').replace(TRAILING_TIME, '');
	// An opening phrase goes before clause openers are looked for: "In an interview with Politico and Bild, …".
	while (LEADING_ADVERBIAL.test(speaker)) speaker = speaker.replace(LEADING_ADVERBIAL, '');
	speaker = speaker.replace(CLAUSE_OPENER, '').replace(/^(?:but|and|yet|so)\s+/i, '');
	while (LEADING_ADVERBIAL.test(speaker)) speaker = speaker.replace(LEADING_ADVERBIAL, '');
	return withoutLeadingClause(withoutLocation(speaker.trim().replace(/,$/, '')));
}

const LOCATED =
	/\s+(?:in|from|based in)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})$/u;

/** "Researchers at the James Martin Center … in the United States": where a named body is, is not part of it. */
function withoutLocation(speaker: string): string {
	const located = LOCATED.exec(speaker);
	if (!located || findPlaces(located[1]!).join(' ') !== located[1]) return speaker;
	const body = speaker.slice(0, located.index);
	return /\s\p{Lu}/u.test(body) ? body : speaker;
}

/**
 * "…killed and wounded soldiers, Zelensky" → "Zelensky": a name after a comma is the speaker unless what comes
 * before it is the person's role, an appositive ("Ukraine’s president, Volodymyr Zelenskyy").
 */
function withoutLeadingClause(speaker: string): string {
	const comma = speaker.lastIndexOf(', ');
	if (comma < 0) return speaker;
	const before = speaker.slice(0, comma);
	const after = speaker.slice(comma + 2);
	if (!NAME_PHRASE.test(after) || ROLE_WORD.test(before)) return speaker;
	return after;
}

const NAME_PHRASE = /^(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}$/u;

/**
 * The sentence with quoted words blanked out (same length), so a verb inside a quotation is not taken as a report,
 * and the full stops of titles masked ("Rep. Lee"), so a name is not cut at them.
 */
function maskQuotations(sentence: string): string {
	return sentence
		.replace(
			/“[^”]*”|"[^"]*"/g,
			(quoted) => `${quoted[0]}${'x'.repeat(quoted.length - 2)}${quoted.at(-1)}`
		)
		.replace(TITLE_ABBREVIATION, (title) => `${title.slice(0, -1)}\u2024`);
}

// "St." (Saint) also stands before a name without ending the sentence.
const TITLE_ABBREVIATION = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS}|St)\\.`, 'g');
