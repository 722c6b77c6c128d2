import { MeasureSchema } from '../../../schemas/measure.ts';
import type { StatedFigure } from '../../../schemas/figure.ts';
import type { MeasureRecord } from '../../../schemas/records.ts';
import { kebabCase } from '../../ids/kebab-case.ts';
import type { Quantity } from '../../measures/measure-kinds.ts';

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

const PERCENT = /%|\bper ?cent\b|\bpercent(age)?\b/i;
/** How many characters after a figure's words still speak of it. */
const NEAR = 40;

/**
 * Proposes a measure for each figure the ingest drafts, in reading order, from the measures' recognition words: a
 * measure fits when one of its words is in the sentence, the thing counted shares a word with them, and the people or
 * things it counts (its scope, "North Korean …") are named around the sentence. The best fit is the one whose words
 * say most (longer phrases, words in the figure's own words). A figure nothing fits gets a new draft measure, which
 * the editor names and defines before its claim can be published.
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
	// The figure's words and what follows them ("8,000 of them in Kursk"): a word there is about this figure.
	const near = sentence.slice(at, at + words.length + NEAR);
	let best: { measure: MeasureRecord; cue: string; score: number } | undefined;
	for (const measure of measures) {
		if ((measure.data.quantity === 'percent') !== percent) continue;
		if (!namesScope(measure, `${surroundings} ${sentence}`)) continue;
		if (!countsSameThing(measure, figure.unit)) continue;
		let score = 0;
		const cues: string[] = [];
		for (const phrase of measure.data.recognise) {
			const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
			// A phrase that is the figure's unit (a draft measure's, say) fits it even where the sentence words it
			// otherwise ("half the ammunition" read as a percentage).
			const isUnit = phrase.toLowerCase() === figure.unit.toLowerCase();
			if (!isUnit && !pattern.test(sentence)) continue;
			// A longer phrase says more; one in or right after the figure's own words says most.
			score += phrase.split(/\s+/).length * (isUnit || pattern.test(near) ? 2 : 1);
			cues.push(phrase);
		}
		if (score > (best?.score ?? 0)) best = { measure, cue: cues.join(', '), score };
	}
	return best;
}

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
