import { sameOutlet } from '../extract/outlet/known-outlets.ts';
import { isTimestampWithOffset } from '../../../core/dates/format-timestamp.ts';
import { toFuzzyDate } from '../../../core/dates/fuzzy-date.ts';
import { dateSortKey, lastKnownDay } from '../../../core/dates/date-order.ts';
import { normaliseText } from '../../../core/text/normalise-text.ts';
import type { EvalLabels } from './eval-labels.ts';

/** How the labels and the outcome name a measure the site does not have: the ingest should propose a draft. */
export const NEW_MEASURE = 'new';

/** What the ingest made of one article, in the terms the labels use. */
export interface IngestOutcome {
	metadata: { headline?: string; outlet?: string; published?: string; authors: string[] };
	/** The stored text of the source, paragraphs joined. */
	storedText: string;
	drafts: Array<{
		sentence: string;
		/** The claimant's name, short name and aliases. */
		speakerNames: string[];
		figures: number[];
		/** The measure of each of `figures`, in order; NEW_MEASURE for one the ingest proposed afresh. */
		measures: string[];
		claimed: string;
	}>;
}

/** Counts for one article; the evaluation adds them up over a half of the set. */
export interface ArticleScore {
	metadataFields: number;
	metadataRight: number;
	metadataMisses: string[];
	/** Fields given a wrong value, rather than left for a flag or the editor. */
	metadataMisread: number;
	claims: number;
	claimsFound: number;
	speakersRight: number;
	figuresRight: number;
	claimedRight: number;
	/** Labelled figures with a labelled measure that the draft of their claim states. */
	measuresLabelled: number;
	/** Of those, the ones the ingest proposed the labelled measure for. */
	measuresRight: number;
	drafts: number;
	/** Drafts that say their speaker is unknown rather than name one. */
	unknownSpeakers: number;
	junkDrafts: number;
	furniture: number;
	furnitureLeaked: number;
	notes: string[];
}

/** Scores an ingest outcome against an article's labels. */
export function scoreArticle(labels: EvalLabels, outcome: IngestOutcome): ArticleScore {
	const { metadata } = outcome;
	// Each field: whether it was read right, and whether the ingest gave a value at all (rather than leave it to a flag
	// or to the editor): a wrong value given is worse than none.
	const metadataChecks: Array<[string, boolean, boolean]> = [
		[
			'headline',
			same(metadata.headline, labels.metadata.headline),
			metadata.headline !== undefined,
		],
		[
			'outlet',
			metadata.outlet !== undefined && sameOutlet(metadata.outlet, labels.metadata.outlet),
			metadata.outlet !== undefined,
		],
		[
			'published',
			samePublication(metadata.published, labels.metadata.published),
			metadata.published !== undefined,
		],
		['authors', sameNames(metadata.authors, labels.metadata.authors), metadata.authors.length > 0],
	];
	const notes: string[] = [];
	const matched = labels.claims.map((claim) => ({
		claim,
		draft: outcome.drafts.find((draft) => contains(draft.sentence, claim.quote)),
	}));
	for (const { claim, draft } of matched) {
		if (!draft) notes.push(`no draft for: ${claim.quote.slice(0, 80)}`);
		else {
			const about = claim.quote.slice(0, 60);
			if (!speakerMatches(draft.speakerNames, claim.speaker))
				notes.push(`speaker ${draft.speakerNames[0]} for: ${about}`);
			if (!figuresRight(claim.figures, draft.figures))
				notes.push(
					`figures ${JSON.stringify(draft.figures)}, labelled ${JSON.stringify(claim.figures)}, for: ${about}`
				);
			if (!sameDay(draft.claimed, claim.claimed))
				notes.push(`said ${draft.claimed}, labelled ${claim.claimed}, for: ${about}`);
		}
	}
	const found = matched.filter((each) => each.draft !== undefined);
	const proposals = found.flatMap(({ claim, draft }) =>
		(claim.measures ?? []).flatMap((measure, index) => {
			const at = draft!.figures.indexOf(claim.figures[index]!);
			if (at === -1) return [];
			const right = draft!.measures[at] === measure;
			if (!right)
				notes.push(
					`measure ${draft!.measures[at]}, labelled ${measure}, for ${claim.figures[index]} in: ${claim.quote.slice(0, 60)}`
				);
			return [right];
		})
	);
	const wanted = [...labels.claims.map((claim) => claim.quote), ...labels.acceptable];
	const junk = outcome.drafts.filter(
		(draft) => !wanted.some((quote) => contains(draft.sentence, quote))
	);
	for (const draft of junk) notes.push(`junk draft: ${draft.sentence.slice(0, 80)}`);
	const leaked = labels.furniture.filter((text) => keeps(outcome.storedText, text));
	for (const text of leaked) notes.push(`furniture kept: ${text}`);
	return {
		metadataFields: metadataChecks.length,
		metadataRight: metadataChecks.filter(([, right]) => right).length,
		metadataMisses: metadataChecks.filter(([, right]) => !right).map(([field]) => field),
		metadataMisread: metadataChecks.filter(([, right, given]) => !right && given).length,
		claims: labels.claims.length,
		claimsFound: found.length,
		speakersRight: found.filter(({ claim, draft }) =>
			speakerMatches(draft!.speakerNames, claim.speaker)
		).length,
		figuresRight: found.filter(({ claim, draft }) => figuresRight(claim.figures, draft!.figures))
			.length,
		claimedRight: found.filter(({ claim, draft }) => sameDay(draft!.claimed, claim.claimed)).length,
		measuresLabelled: proposals.length,
		measuresRight: proposals.filter(Boolean).length,
		drafts: outcome.drafts.length,
		unknownSpeakers: outcome.drafts.filter((draft) => draft.speakerNames.length === 0).length,
		junkDrafts: junk.length,
		furniture: labels.furniture.length,
		furnitureLeaked: leaked.length,
		notes,
	};
}

function figuresRight(labelled: readonly number[], drafted: readonly number[]): boolean {
	return labelled.every((value) => drafted.includes(value));
}

function comparable(text: string): string {
	return normaliseText(text).toLowerCase();
}

function contains(text: string, part: string): boolean {
	return comparable(text).includes(comparable(part));
}

/**
 * Whether the stored text still has a piece of furniture: a short one ("KOREAN", "Share") as a line of its own, since
 * the same word in prose ("signed in Korean") is no leak; a longer one anywhere.
 */
function keeps(storedText: string, furniture: string): boolean {
	if (furniture.trim().split(/\s+/).length >= SHORT_FURNITURE_WORDS)
		return contains(storedText, furniture);
	const wanted = comparable(furniture);
	return storedText.split('\n').some((line) => comparable(line.replace(/[*_`\\]/g, '')) === wanted);
}

const SHORT_FURNITURE_WORDS = 4;

function same(found: string | undefined, labelled: string): boolean {
	return found !== undefined && comparable(found) === comparable(labelled);
}

function sameNames(found: readonly string[], labelled: readonly string[]): boolean {
	const key = (names: readonly string[]) => names.map(comparable).sort().join('|');
	return key(found) === key(labelled);
}

// A time printed without its zone is labelled without one: its day is what a source can honestly record.
function samePublication(found: string | undefined, labelled: string): boolean {
	if (found === undefined) return false;
	if (isTimestampWithOffset(labelled)) return Date.parse(found) === Date.parse(labelled);
	return found.slice(0, 10) === labelled.slice(0, 10);
}

/** A speaker is right when a draft's name is one the article uses, or one contains the other whole ("lawmaker Lee Seong-kweun"). */
export function speakerMatches(
	draftNames: readonly string[],
	labelled: readonly string[]
): boolean {
	const names = labelled.map(nameKey);
	return draftNames
		.map(nameKey)
		.some((draftName) =>
			names.some(
				(name) =>
					draftName === name ||
					(wordCount(name) >= 2 && ` ${draftName} `.includes(` ${name} `)) ||
					(wordCount(draftName) >= 2 && ` ${name} `.includes(` ${draftName} `))
			)
		);
}

function nameKey(name: string): string {
	return comparable(name)
		.replace(/^the /, '')
		.replace(/'s\b/g, '')
		.replace(/[^\p{L}\p{N} -]/gu, '')
		.trim();
}

function wordCount(text: string): number {
	return text.split(' ').filter(Boolean).length;
}

// The day it was said is right when the draft's date ends on the labelled day: "on or before the publication day" ends there too.
function sameDay(found: string, labelled: string): boolean {
	try {
		const draft = toFuzzyDate(found);
		const label = toFuzzyDate(labelled);
		return (
			lastKnownDay(draft) === lastKnownDay(label) &&
			(draft.first === undefined || dateSortKey(draft) <= dateSortKey(label))
		);
	} catch {
		return false;
	}
}
