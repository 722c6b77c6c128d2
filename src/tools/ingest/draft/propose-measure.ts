import { MeasureSchema } from '../../../core/schemas/measure.ts';
import type { StatedFigure } from '../../../core/schemas/figure.ts';
import type { MeasureRecord } from '../../../core/schemas/records.ts';
import { kebabCase } from '../../../core/ids/record-ids.ts';
import type { Quantity } from '../../../core/measures/measure-kinds.ts';

/** The measure the ingest proposes for a figure, and the words of the article that led to it. */
export interface MeasureProposal {
	measure: string;
	/** The recognition words found; undefined for a draft measure, which an editor has yet to define. */
	cue: string | undefined;
}

/** What the ingest reads a figure in: its sentence, the words that state it, and the text around the sentence. */
export interface FigureInContext {
	figure: StatedFigure;
	/** The figure's own words: "about 10,000 North Korean soldiers". */
	words: string;
	/** Where they start in the sentence. */
	at: number;
	sentence: string;
	/** The article's opening, the sentence's paragraph and the one before it: where its subject is named. */
	surroundings: string;
}

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Words that state a period a number covers: "in the past week", "over the weekend", "last winter", "in January and February". */
const PERIOD = new RegExp(
	`\\b(?:week(?:end)?s?|months?|daily|a day|per day|a year|per year|annually|this year|winter|spring|summer|autumn|between|${MONTH}\\s+(?:and|to|through)\\s+${MONTH})\\b`,
	'iu'
);
const PERCENT = /%|\bper ?cent\b|\bpercent(age)?\b/i;
/** How many characters after a figure's words still speak of it. */
const NEAR = 60;

/**
 * Proposes a measure for each figure the ingest drafts, in reading order, from the measures' recognition words: a
 * measure fits when one of its words is in the sentence, the thing counted shares a word with them, the people or
 * things it counts (its scope, "North Korean …") are named around the sentence, and, for a flow, the sentence states
 * a period. The best fit is the one whose words say most about what is counted (words beyond its scope, more so in
 * the figure's own words). A figure nothing fits gets a new draft measure, which the editor names and defines before
 * its claim can be published.
 */
export function createMeasureResolver(known: readonly MeasureRecord[], sourceId: string) {
	const measures = known.filter((measure) => !measure.data.draft || measure.data.recognise.length);
	const created: MeasureRecord[] = [];
	const taken = new Set(known.map((measure) => measure.id));
	return {
		propose(figure: FigureInContext): MeasureProposal {
			const best = bestFit(figure, measures);
			if (best)
				return { measure: best.measure.id, cue: best.measure.data.draft ? undefined : best.cue };
			const draft = newDraftMeasure(figure.figure, sourceId, taken);
			taken.add(draft.id);
			created.push(draft);
			// The same counted thing later in the article is the same new measure.
			measures.push(draft);
			return { measure: draft.id, cue: undefined };
		},
		/** The draft measures proposed so far. */
		created: (): readonly MeasureRecord[] => created,
	};
}

function bestFit(
	{ figure, words, at, sentence, surroundings }: FigureInContext,
	measures: readonly MeasureRecord[]
): { measure: MeasureRecord; cue: string } | undefined {
	const percent = PERCENT.test(figure.unit);
	const near = nearText(sentence, at, words);
	let best: { measure: MeasureRecord; cue: string; score: number } | undefined;
	for (const measure of measures) {
		if ((measure.data.quantity === 'percent') !== percent) continue;
		if (!namesScope(measure, `${surroundings} ${sentence}`)) continue;
		if (!countsSameThing(measure, figure.unit)) continue;
		// A flow counts over a period: a sentence that states none is not about one.
		if (measure.data.kind === 'flow' && !PERIOD.test(sentence)) continue;
		const plain = scopeWords(measure);
		let score = 0;
		const cues: string[] = [];
		for (const phrase of measure.data.recognise) {
			const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
			// A phrase that is the figure's unit (a draft measure's, say) fits it even where the sentence words it
			// otherwise ("half the ammunition" read as a percentage).
			const isUnit = phrase.toLowerCase() === figure.unit.toLowerCase();
			if (!isUnit && !pattern.test(sentence)) continue;
			score += saying(phrase, plain) * (isUnit || pattern.test(near) ? NEAR_WEIGHT : 1);
			cues.push(phrase);
		}
		if (score > (best?.score ?? 0)) best = { measure, cue: cues.join(', '), score };
	}
	return best;
}

/** How much more a recognition phrase about the figure itself counts than one elsewhere in its sentence. */
const NEAR_WEIGHT = 3;

/**
 * The figure's words and what follows them up to the next number ("100 soldiers had been killed and nearly" before
 * "1,000 wounded"): a phrase there is about this figure, not its neighbour.
 */
function nearText(sentence: string, at: number, words: string): string {
	const after = at + words.length;
	const nextNumber = sentence.slice(after, after + NEAR).search(/\d/u);
	return sentence.slice(at, nextNumber === -1 ? after + NEAR : after + nextNumber);
}

/**
 * What a phrase says about what is counted: its words beyond whom the measure counts and where ("North Korean
 * soldiers in Russia" says little; "killed or wounded" says two things). A phrase of scope words only still fits,
 * weakly, so a plain count falls to the measure that counts everyone.
 */
function saying(phrase: string, plain: ReadonlySet<string>): number {
	const telling = [...contentWords(phrase)].filter((word) => !plain.has(word)).length;
	return telling === 0 ? 0.5 : telling;
}

/** Words that name whom or where a measure counts, or people in general: they tell measures of people apart least. */
function scopeWords(measure: MeasureRecord): Set<string> {
	return new Set([
		...contentWords(`${measure.data.scope.who} ${measure.data.scope.place ?? ''}`),
		...PEOPLE,
	]);
}

/** In contentWords' singular form. */
const PEOPLE = ['troop', 'soldier', 'servicemen', 'personnel', 'people', 'men', 'military'];

/**
 * Whether the text names whom the measure counts: "North Korean" (or "North Korea") for North Korean troops, taken
 * from the first run of capitalised words in its scope.
 */
function namesScope(measure: MeasureRecord, text: string): boolean {
	const named = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*/u.exec(measure.data.scope.who)?.[0];
	if (!named) return true;
	const stem = named.replace(/n$/u, '');
	return text.toLowerCase().includes(stem.toLowerCase());
}

/** Whether a figure's unit counts what the measure does: the same quantity, or a word of its name or phrases. */
function countsSameThing(measure: MeasureRecord, unit: string): boolean {
	if (quantityOf(unit) === measure.data.quantity) return true;
	const counted = contentWords(unit);
	return [...contentWords([measure.data.name, ...measure.data.recognise].join(' '))].some((word) =>
		counted.has(word)
	);
}

const STOP_WORDS = new Set([
	'the',
	'of',
	'in',
	'to',
	'a',
	'an',
	'and',
	'or',
	'by',
	'for',
	'on',
	'at',
]);

/** The words of a phrase that say what it is about, singular: "North Korean troops" → north, korean, troop. */
function contentWords(text: string): Set<string> {
	return new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}-]+/u)
			.filter((word) => word.length > 1 && !STOP_WORDS.has(word))
			.map((word) => word.replace(/(?<=[^s])s$/u, ''))
	);
}

/** What a figure counts, from its unit's words: the quantity a new measure of it is in. */
const QUANTITY_WORDS: Array<[RegExp, Quantity]> = [
	[PERCENT, 'percent'],
	[/\b(?:shells?|rounds?|ammunition)\b/i, 'shells'],
	[/\bmissiles?\b/i, 'missiles'],
	[/\bdrones?\b|\bshaheds?\b|\buavs?\b/i, 'drones'],
	[/\b(?:tanks?|vehicles?|trucks?|armou?red)\b/i, 'vehicles'],
	[/\b(?:aircraft|jets?|planes?|helicopters?)\b/i, 'aircraft'],
	[/\b(?:ships?|vessels?|tankers?|boats?)\b/i, 'ships'],
	[/\bvoyages?\b/i, 'voyages'],
	[/\bcontainers?\b/i, 'containers'],
	[/\bstrikes?\b/i, 'strikes'],
	[/\battacks?\b/i, 'attacks'],
	[/\b(?:weapons?|guns?|rifles?|launchers?|howitzers?|artillery)\b/i, 'weapons'],
	[/\b(?:brigades?|battalions?|divisions?|regiments?|units?)\b/i, 'units'],
	[
		/\b(?:troops?|soldiers?|people|personnel|men|women|workers?|civilians?|fighters?|mercenaries|officers?|casualties|dead|killed|wounded|prisoners?)\b/i,
		'people',
	],
];

function quantityOf(unit: string): Quantity | undefined {
	return QUANTITY_WORDS.find(([pattern]) => pattern.test(unit))?.[1];
}

/** A draft measure for a figure no measure fits, named after what it counts, for the editor to define. */
function newDraftMeasure(
	figure: StatedFigure,
	sourceId: string,
	taken: ReadonlySet<string>
): MeasureRecord {
	const base = kebabCase(figure.unit).split('-').slice(0, 6).join('-') || 'figure';
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	const quantity = quantityOf(figure.unit) ?? 'items';
	return {
		id,
		data: MeasureSchema.parse({
			name: figure.unit.charAt(0).toUpperCase() + figure.unit.slice(1),
			definition: `Proposed by the ingest for “${figure.unit}” in ${sourceId}: say exactly what is counted, whose and where, before a claim that uses it is published.`,
			quantity,
			kind: 'stock',
			// In lower case, so the scope test lets a later run of the ingest find this measure again.
			scope: { who: `whose ${figure.unit}: not yet said, the editor writes it` },
			recognise: [figure.unit],
			draft: true,
		}),
	};
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
