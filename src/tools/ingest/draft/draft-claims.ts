import type { ClaimInput } from '../../../core/schemas/claim.ts';
import { kebabCase } from '../../../core/ids/record-ids.ts';
import type { ClaimantRecord, MeasureRecord, PlaceRecord } from '../../../core/schemas/records.ts';
import { findAttribution, type Attribution } from '../find/speakers/find-attribution.ts';
import { parsedMentions } from '../find/speakers/parse-mentions.ts';
import { dayRelativeToPrevious } from '../find/dates/relative-to-previous.ts';
import type { DateExpression } from '../find/dates/date-expression.ts';
import { findDates } from '../find/dates/find-dates.ts';
import { findFigures } from '../find/figures/find-figures.ts';
import { findHedge, type Hedge } from '../find/find-hedge.ts';
import { findKind } from '../find/find-kind.ts';
import { findPlaces } from '../find/find-places.ts';
import { createPlaceResolver } from './resolve-places.ts';
import { createMeasureResolver, type MeasureProposal } from './propose-measure.ts';
import {
	createTranscriptReader,
	CORRESPONDENT,
	INTERVIEWER,
	withoutSpeakerLabel,
} from '../find/speakers/transcript-speaker.ts';
import { articleProperNouns, bareWord, createClaimantResolver } from './resolve-claimant.ts';
import type { Sentence } from '../segment/split-sentences.ts';

/** A claim the ingest tool proposes, for an editor to review. */
export interface DraftClaim {
	id: string;
	frontmatter: ClaimInput;
	/** The sentence it was drafted from. */
	sentence: Sentence;
	/** Places the sentence names that no place record knows: the editor adds them, or leaves them out. */
	unknownPlaces: string[];
	/** The measure proposed for each figure, in order, with the words that led to it, for the editor to review. */
	measures: MeasureProposal[];
	/** The article's words for a speaker the ingest could not resolve to anyone ("the soldier"); the editor names them. */
	unknownSpeaker?: string;
}

/** How a draft whose speaker is unknown is titled, so it stands out in the editor's list. */
export const UNKNOWN_SPEAKER_TITLE = 'Speaker unknown';

const POINTING_REPORT =
	/\b(?:said|says|say|stated|suggested|reported|claimed)\s+(?:much\s+|largely\s+|roughly\s+)?(?:the\s+same(?:\s+thing)?|so|as\s+much|similar(?:\s+things)?)(?:\s+(?:too|also|as\s+well|earlier|on\s+\p{Lu}\p{L}+|(?:last|this)\s+week))?\s*[.!]?$/iu;

/** What the article and the existing content give the drafting. */
export interface DraftingContext {
	sourceId: string;
	textHash: string;
	/** Publication time, ISO with offset: relative dates resolve against it. */
	published: string;
	/** The outlet, which speaks for every statement the article makes in its own voice. */
	outlet: string;
	claimants: readonly ClaimantRecord[];
	/** The places claims may name, matched by their English names. */
	places: readonly PlaceRecord[];
	/** The measures a figure may count, recognised by their words. */
	measures: readonly MeasureRecord[];
	/** Ids already in use by claims, which drafts must not take. */
	takenClaimIds: readonly string[];
}

const SUMMARY_LENGTH = 72;
const ID_WORDS = 6;

/**
 * Drafts a claim from every sentence that carries an attribution, a figure or a dated event. A sentence that only
 * hedges ("The NIS did not immediately confirm these reports.") adds its hedge and its words to the claim before it.
 */
export function draftClaims(
	sentences: readonly Sentence[],
	context: DraftingContext
): {
	claims: DraftClaim[];
	claimants: readonly ClaimantRecord[];
	measures: readonly MeasureRecord[];
} {
	const properNouns = articleProperNouns(sentences.map((sentence) => sentence.text));
	const resolver = createClaimantResolver(context.claimants, context.outlet, properNouns);
	const measureResolver = createMeasureResolver(context.measures, context.sourceId);
	// The article's first paragraph with words in it, which names what the story is about.
	const opening = sentences.find((sentence) => sentence.text.trim() !== '')?.paragraph ?? 0;
	const resolvePlaces = createPlaceResolver(context.places);
	const publishedDay = localDay(context.published);
	const taken = new Set(context.takenClaimIds);
	const claims: DraftClaim[] = [];
	let previousSpeaker: ClaimantRecord | undefined;
	// The words for the last speaker nobody could name: a quotation after it is theirs, unknown too.
	let previousUnknown: string | undefined;
	let lastSaidDay: string | undefined;
	// The last claim's speaker and the day it was said on, when the article names that day.
	let lastSaid: { speaker: ClaimantRecord; day: string } | undefined;
	const transcript = createTranscriptReader();
	let labelled: { paragraph: number; speaker: string | undefined } | undefined;
	for (const sentence of sentences) {
		// A paragraph without a label goes on with the turn before it: speakers talk in more than one paragraph.
		if (labelled?.paragraph !== sentence.paragraph)
			labelled = {
				paragraph: sentence.paragraph,
				speaker: transcript.speakerOf(sentence.text) ?? labelled?.speaker,
			};
		// A question put in a transcript is the questioner's, and no claim to record; "Mark Dalton reports." hands
		// over to a report without saying anything.
		if (transcript.handsOver(sentence.text) || labelled.speaker === INTERVIEWER) continue;
		const patterned = findAttribution(sentence.text);
		// A correspondent's own words are reporting; whom they report saying something makes a claim ("The
		// Americans say …").
		const reportsOthers = (patterned ? [patterned] : parsedMentions(sentence.text)).some(
			(mention) => !FIRST_OR_SECOND_PERSON.test(mention.speaker)
		);
		// A correspondent's own sentence still introduces people a later "he" points back to.
		if (labelled.speaker === CORRESPONDENT && !reportsOthers) {
			resolver.notice(sentence.text);
			continue;
		}
		const turnSpeaker = labelled.speaker === CORRESPONDENT ? undefined : labelled.speaker;
		const mentions = findFigures(sentence.text);
		const dates = findDates(sentence.text, context.published);
		const hedge = findHedge(sentence.text);
		const quotedOnly = /^[“"].*[”"]$/su.test(sentence.text.replace(/[.!?]$/, ''));
		// In a transcript the labelled speaker says every sentence of the turn, reports of others' words included;
		// small talk ("Thank you, Carla.") has no figure, date or report in it, and is no claim.
		// Greetings and thanks in a speaker's turn are small talk, whatever day they mention.
		if (turnSpeaker !== undefined && SMALL_TALK.test(withoutSpeakerLabel(sentence.text))) continue;
		const labelledClaim =
			turnSpeaker !== undefined &&
			(patterned !== undefined ||
				mentions.length > 0 ||
				dates.length > 0 ||
				isAssertion(sentence.text, properNouns));
		const patternPhrase =
			turnSpeaker !== undefined
				? labelledClaim
					? turnSpeaker
					: undefined
				: patterned && speakerPhrase(patterned);
		const patternResolved =
			patternPhrase === undefined
				? undefined
				: resolver.resolve(patternPhrase, undefined, {
						setApart: turnSpeaker !== undefined || patterned?.cited === true,
					});
		// The sieve's next stage when the patterns name nobody: the subject the parse gives a reporting verb.
		const parsed =
			turnSpeaker === undefined &&
			patternResolved === undefined &&
			(patterned !== undefined ||
				mentions.length > 0 ||
				dates.length > 0 ||
				labelled.speaker === CORRESPONDENT)
				? resolvedMention(parsedMentions(sentence.text), resolver)
				: undefined;
		const attribution = parsed?.attribution ?? patterned;
		const phrase = parsed ? speakerPhrase(parsed.attribution) : patternPhrase;
		const resolved = parsed?.claimant ?? patternResolved;
		const claimant =
			phrase !== undefined ? resolved : quotedOnly && !attribution ? previousSpeaker : undefined;
		resolver.notice(sentence.text);
		// Someone is said to speak, but nobody the sieves could name: the draft says so rather than guess.
		const unknownSpeaker =
			phrase !== undefined
				? resolved === undefined
					? phrase
					: undefined
				: quotedOnly && !attribution
					? previousUnknown
					: undefined;
		// "…hours after Washington said much the same thing": a report that points to another says nothing itself.
		if (mentions.length === 0 && POINTING_REPORT.test(sentence.text)) continue;
		// "A general was reportedly killed" reports something itself, hedged: a claim of the outlet's, not a comment.
		const hedgedReport =
			hedge?.inline === true && !/^(?:this|that|it|these|those|such)\b/i.test(sentence.text);
		if (
			!claimant &&
			!unknownSpeaker &&
			!hedgedReport &&
			mentions.length === 0 &&
			!datesAnEvent(sentence.text, dates)
		) {
			if (hedge && claims.length > 0)
				addHedgeToPrevious(claims.at(-1)!, sentence, hedge, context, publishedDay);
			continue;
		}
		const speaker = claimant ?? resolver.resolve(context.outlet, 'media')!;
		previousSpeaker = unknownSpeaker === undefined ? speaker : undefined;
		previousUnknown = unknownSpeaker;
		const placed = placeDates(sentence.text, attribution, dates, publishedDay, Boolean(claimant));
		const { event, claimedDate } = placed;
		// "Eight days later, Blinken said…" counts from the day of the statement before it; a speaker who goes on
		// ("…, Saree said on Wednesday. He said the ship …") is still speaking on the day named before (in a
		// report: a transcript's speaker speaks on the day of the broadcast).
		const claimed =
			(claimedDate === undefined && attribution !== undefined
				? dayRelativeToPrevious(
						sentence.text,
						lastSaidDay,
						sentence.text.slice(attribution.verbIndex + attribution.verb.length)
					)
				: undefined) ??
			(claimedDate === undefined &&
			unknownSpeaker === undefined &&
			turnSpeaker === undefined &&
			lastSaid?.speaker === speaker
				? lastSaid.day
				: undefined) ??
			placed.claimed;
		if (/^\d{4}-\d{2}-\d{2}$/.test(claimed)) lastSaidDay = claimed;
		lastSaid = /^\d{4}-\d{2}-\d{2}$/.test(claimed) ? { speaker, day: claimed } : undefined;
		const said = whatWasSaid(sentence.text, attribution, claimedDate, quotedOnly);
		const id = uniqueId(
			`${kebabCase(unknownSpeaker === undefined ? speaker.data.shortName : UNKNOWN_SPEAKER_TITLE)}-${keywords(said)}`,
			taken
		);
		const { kind, ...rated } = rating(sentence.text, hedge, publishedDay, context.sourceId);
		const places = resolvePlaces(findPlaces(sentence.text));
		const surroundings = sentences
			.filter(
				(other) =>
					other.paragraph === opening ||
					(other.paragraph >= sentence.paragraph - 1 && other.paragraph <= sentence.paragraph)
			)
			.map((other) => other.text)
			.join(' ');
		const measures = mentions.map((mention) =>
			measureResolver.propose({
				figure: mention.figure,
				words: mention.text,
				at: mention.index,
				sentence: sentence.text,
				surroundings,
			})
		);
		const figures = mentions.map((mention, position) => ({
			...mention.figure,
			measure: measures[position]!.measure,
		}));
		claims.push({
			id,
			sentence,
			unknownPlaces: places.unknown,
			measures,
			...(unknownSpeaker === undefined ? {} : { unknownSpeaker }),
			frontmatter: {
				title: `${unknownSpeaker === undefined ? speaker.data.shortName : UNKNOWN_SPEAKER_TITLE}: ${summary(said)}`,
				statement: sentence.text,
				kind,
				claimant: speaker.id,
				claimed,
				...(event ? { event } : {}),
				figures: figures,
				places: places.ids,
				topics: [],
				...rated,
				sources: [
					{ source: context.sourceId, quote: sentence.text, sourceVersion: context.textHash },
				],
				related: [],
				draft: true,
			},
		});
	}
	return { claims, claimants: resolver.created(), measures: measureResolver.created() };
}

const FIRST_OR_SECOND_PERSON = /^(?:i|we|you)$/i;

/**
 * A statement of fact in a speaker's turn, with no figure or date in it ("Russia has now received shipments of these
 * ballistic missiles."): a sentence of some length about someone or somewhere the article names, that ends with a
 * full stop, and is not a greeting, thanks or a reply word.
 */
function isAssertion(sentence: string, properNouns: ReadonlySet<string>): boolean {
	const text = withoutSpeakerLabel(sentence);
	const words = text.split(/\s+/);
	return (
		words.length >= ASSERTION_WORDS &&
		words.some((word) => properNouns.has(bareWord(word))) &&
		/\.[”"’]?$/.test(text)
	);
}

/** Greetings, thanks and reply words open small talk, never a claim, whatever figure or day is in it. */
const SMALL_TALK =
	/^(?:thank|thanks|good (?:morning|afternoon|evening|night)|hello|well|yes|no|okay|ok|look|sure)\b/i;

const ASSERTION_WORDS = 8;

/** The first mention the resolver can name, with whom it names. */
function resolvedMention(
	mentions: readonly Attribution[],
	resolver: ReturnType<typeof createClaimantResolver>
): { attribution: Attribution; claimant: ClaimantRecord } | undefined {
	for (const attribution of mentions) {
		const claimant = resolver.resolve(speakerPhrase(attribution));
		if (claimant) return { attribution, claimant };
	}
	return undefined;
}

/**
 * Whether an unattributed sentence without a figure dates an event, which makes it a claim of the outlet's ("signed
 * a pact in June", "entered combat on Monday"), rather than giving background: a state that has lasted "since 2014",
 * a question ("Since December: what was targeted?").
 */
function datesAnEvent(text: string, dates: readonly DateExpression[]): boolean {
	if (/\?\s*$/.test(text)) return false;
	return dates.some((date) => !date.edtf.endsWith('/..'));
}

/** The speaker as the article names it, with whom it cites: "South Korean media citing anonymous sources". */
function speakerPhrase(attribution: Attribution): string {
	return attribution.citing ? `${attribution.speaker} ${attribution.citing}` : attribution.speaker;
}

/**
 * The date next to the reporting verb ("said on Friday", "On Friday … demanded", "a day after … said") is when the
 * claim was made; the first other date is the event it is about. Without one, an attributed claim was made on or
 * before the publication day, and the outlet's own statement on it.
 */
function placeDates(
	text: string,
	attribution: Attribution | undefined,
	dates: DateExpression[],
	publishedDay: string,
	attributed: boolean
) {
	// A time right after the verb ("…this year, the agency said on Thursday") is surely when it was said; one before
	// the speaker only may be.
	const attached = attribution ? dates.filter((date) => isAttached(text, attribution, date)) : [];
	const claimedDate =
		attached.find((date) => attribution !== undefined && date.index > attribution.verbIndex) ??
		attached[0];
	const event = dates.find((date) => date !== claimedDate)?.edtf;
	const claimed = claimedDate?.edtf ?? (attributed ? `/${publishedDay}` : publishedDay);
	return { claimed, event, claimedDate };
}

/**
 * The words of the claim without the attribution, for its title and id: a leading quotation ("“…,” the agency
 * said"), the words before a closing attribution ("…, a Ukrainian source said."), or what follows the verb.
 */
function whatWasSaid(
	text: string,
	attribution: Attribution | undefined,
	claimedDate: DateExpression | undefined,
	quotedOnly: boolean
): string {
	const leadingQuote = /^[“"]([^”"]+)[”"]/u.exec(text);
	if (quotedOnly || (attribution && leadingQuote && attribution.verbIndex > leadingQuote[0].length))
		return (leadingQuote?.[1] ?? text).replace(/[,.]$/, '');
	if (!attribution) return text;
	const speakerStart = text.lastIndexOf(attribution.speaker, attribution.verbIndex);
	const verbEnd = attribution.verbIndex + attribution.verb.length;
	const afterVerb = text.slice(verbEnd).trimStart();
	const rest =
		claimedDate && afterVerb.startsWith(claimedDate.text)
			? afterVerb.slice(claimedDate.text.length)
			: afterVerb;
	if (speakerStart > 0 && /^\s*[.!?]?$/.test(rest))
		return text.slice(0, speakerStart).replace(/[\s,]+$/, '');
	const said = rest
		.replace(/^\s*,?\s*citing [^,]*,/u, '')
		// "told reporters in Brussels that …", "said in a statement that …": what was said starts after "that".
		.replace(/^(?:[^,“"]*?\s)?that\s+(?=\S)/u, (lead) =>
			lead.split(/\s+/).length <= 8 ? '' : lead
		)
		.replace(/^\s*[,:]?\s*(?:adding|saying)?\s*/u, '');
	// A denial keeps its verb: "denied using North Korean troops".
	return /^(?:denied|denies|dismissed|dismisses|rejected|rejects)$/.test(attribution.verb)
		? `${attribution.verb} ${said}`
		: said;
}

function isAttached(text: string, attribution: Attribution, date: DateExpression): boolean {
	const verbEnd = attribution.verbIndex + attribution.verb.length;
	if (date.index >= verbEnd) return !/[,:;“"]|\bthat\b/.test(text.slice(verbEnd, date.index));
	const speakerStart = text.lastIndexOf(attribution.speaker, attribution.verbIndex);
	if (speakerStart === -1) return false;
	// "North Korea on Monday acknowledged": between the speaker and its verb.
	const speakerEnd = speakerStart + attribution.speaker.length;
	if (date.index >= speakerEnd)
		return (
			/^\s*$/.test(text.slice(speakerEnd, date.index)) &&
			/^[\s\p{Ll}]*$/u.test(text.slice(date.index + date.text.length, attribution.verbIndex))
		);
	if (date.index + date.text.length > speakerStart) return false;
	const between = text.slice(date.index + date.text.length, speakerStart);
	// "On Monday the Pentagon said"; and when the time opens the sentence, with the comma that sets it apart:
	// "On Oct. 21, 2024, Peskov said" (not "…strikes last winter, Ukrainian media reported", where it is the claim's).
	const opensSentence = !text.slice(0, date.index).includes(',');
	return (opensSentence ? /^\s*,?\s*(?:the\s+)?$/i : /^\s*(?:the\s+)?$/i).test(between);
}

function addHedgeToPrevious(
	claim: DraftClaim,
	sentence: Sentence,
	hedge: NonNullable<ReturnType<typeof findHedge>>,
	context: DraftingContext,
	publishedDay: string
): void {
	const frontmatter = claim.frontmatter;
	frontmatter.sources = [
		...frontmatter.sources,
		{ source: context.sourceId, quote: sentence.text, sourceVersion: context.textHash },
	];
	if (frontmatter.kind === 'opinion') return;
	frontmatter.status = hedge.status;
	frontmatter.statusHistory = [
		{
			date: publishedDay,
			status: hedge.status,
			note: `Suggested by the ingest tool from the next sentence, “${hedge.phrase}”: ${hedge.reason}.`,
			source: context.sourceId,
		},
	];
}

/**
 * The kind the sentence's wording suggests and, for a fact or prediction, the status its hedge suggests, dated to
 * the publication day; an opinion gets the reason it is not rated instead.
 */
function rating(
	text: string,
	hedge: Hedge | undefined,
	publishedDay: string,
	sourceId: string
): Pick<ClaimInput, 'kind' | 'status' | 'statusHistory' | 'whyNotRated'> {
	const suggestion = findKind(text);
	const kindNote = suggestion.phrase
		? ` Kind suggested from “${suggestion.phrase}”: ${suggestion.reason}.`
		: '';
	if (suggestion.kind === 'opinion') {
		return {
			kind: 'opinion',
			whyNotRated: `Suggested by the ingest tool from “${suggestion.phrase}”: ${suggestion.reason}.`,
		};
	}
	const status = hedge?.status ?? 'claimed';
	const note = hedge
		? `Suggested by the ingest tool from “${hedge.phrase}”: ${hedge.reason}.`
		: 'Suggested by the ingest tool: reported without a hedge; check it before publishing.';
	return {
		kind: suggestion.kind,
		status,
		statusHistory: [{ date: publishedDay, status, note: `${note}${kindNote}`, source: sourceId }],
	};
}

/** The first content words of what was said, for a readable id: "1500-north-korean-special-operation-forces". */
function keywords(said: string): string {
	const words = kebabCase(said.replace(/(\d),(?=\d{3})/g, '$1'))
		.split('-')
		.filter((word) => (word.length > 2 || /^\d+$/.test(word)) && !STOPWORDS.has(word));
	return words.slice(0, ID_WORDS).join('-');
}

const STOPWORDS = new Set([
	'the',
	'and',
	'that',
	'which',
	'who',
	'was',
	'were',
	'has',
	'had',
	'have',
	'its',
	'his',
	'her',
	'their',
	'for',
	'with',
	'from',
	'into',
	'also',
	'said',
	'this',
	'these',
	'those',
	'are',
	'been',
	'being',
	'additionally',
	'there',
]);

function uniqueId(base: string, taken: Set<string>): string {
	let id = base.replace(/-+$/, '');
	for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
	taken.add(id);
	return id;
}

function summary(said: string): string {
	const text = said.charAt(0).toUpperCase() + said.slice(1).replace(/[.!?]$/, '');
	if (text.length <= SUMMARY_LENGTH) return text;
	const cut = text.slice(0, SUMMARY_LENGTH);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The calendar day of a timestamp where it was written: `2024-10-18T23:30:00-04:00` → `2024-10-18`. */
function localDay(timestamp: string): string {
	return timestamp.slice(0, 10);
}
