import type { ArticleScore } from './score-article.ts';

/** The evaluation's headline numbers for a set of articles, as fractions (0–1). */
export interface EvalSummary {
	articles: number;
	crashes: number;
	/** Metadata fields (headline, outlet, publication time, authors) read right. */
	metadata: number;
	/** Metadata fields given a wrong value, rather than left for a flag: the misses an editor may not notice. */
	metadataMisread: number;
	/** Labelled claims with a draft carrying their words. */
	claimRecall: number;
	/** Of the claims found, those whose draft names the right speaker. */
	speakerRight: number;
	figuresRight: number;
	claimedRight: number;
	/** Of the labelled figures found, those the ingest proposed the labelled measure for. */
	measureRight: number;
	/** Drafts that carry no labelled claim and no acceptable sentence. */
	junkShare: number;
	/** Drafts that say their speaker is unknown, for the editor to name. */
	unknownSpeakerShare: number;
	/** Labelled furniture strings that reached the stored text. */
	furnitureLeaked: number;
	drafts: number;
}

/** Adds up per-article scores; a crash counts as an article with nothing read and nothing found. */
export function summariseScores(scores: readonly ArticleScore[], crashes: number): EvalSummary {
	const sum = (field: keyof ArticleScore) =>
		scores.reduce((total, score) => total + (score[field] as number), 0);
	const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
	const claimsFound = sum('claimsFound');
	return {
		articles: scores.length + crashes,
		crashes,
		metadata: ratio(sum('metadataRight'), sum('metadataFields') + crashes * 4),
		metadataMisread: ratio(sum('metadataMisread'), sum('metadataFields') + crashes * 4),
		claimRecall: ratio(claimsFound, sum('claims')),
		speakerRight: ratio(sum('speakersRight'), claimsFound),
		figuresRight: ratio(sum('figuresRight'), claimsFound),
		claimedRight: ratio(sum('claimedRight'), claimsFound),
		measureRight: ratio(sum('measuresRight'), sum('measuresLabelled')),
		junkShare: ratio(sum('junkDrafts'), sum('drafts')),
		unknownSpeakerShare: ratio(sum('unknownSpeakers'), sum('drafts')),
		furnitureLeaked: ratio(sum('furnitureLeaked'), sum('furniture')),
		drafts: sum('drafts'),
	};
}
