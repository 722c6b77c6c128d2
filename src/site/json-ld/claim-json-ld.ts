import type { Status } from '../../core/statuses/statuses.ts';
import { dateSortKey } from '../../core/dates/date-order.ts';
import { sourceTitle } from '../../core/sources/source-title.ts';
import { isTimestampWithOffset } from '../../core/dates/format-timestamp.ts';
import { publicationDay } from '../../core/dates/publication-date.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { isRated, type RatedClaimRecord } from '../../core/claims/verdict.ts';
import type { ClaimantRecord, ClaimRecord, SourceRecord } from '../../core/schemas/records.ts';

/** Google asks for a `claimReviewed` under 75 characters. */
const CLAIM_REVIEWED_MAX = 74;

// A numeric rating lets consumers sort. Outdated (accurate when made) and withdrawn say nothing about whether the
// claim was true, so they have none; mixed sits with claimed in the middle.
const RATING_VALUES: Partial<Record<Status, number>> = {
	refuted: 1,
	disputed: 2,
	mixed: 3,
	claimed: 3,
	corroborated: 4,
	confirmed: 5,
};

interface ClaimJsonLdInput {
	claim: ClaimRecord;
	claimant: ClaimantRecord;
	sources: SourceRecord[];
	/** Absolute URL of the claim's page. */
	url: string;
	site: { name: string; url: string };
}

/**
 * schema.org structured data for a claim page: for a fact or prediction, a ClaimReview with its status as the
 * rating; for an opinion, which is never rated, the Claim alone (who made it and where it appeared).
 */
export function claimJsonLd(input: ClaimJsonLdInput) {
	const { claim } = input;
	if (isRated(claim)) return claimReview({ ...input, claim });
	return { '@context': 'https://schema.org', ...claimItem(input), url: input.url };
}

/** schema.org ClaimReview for a fact or prediction: the claim, who made it, where it appeared, its status as the rating. */
export function claimReview(input: ClaimJsonLdInput & { claim: RatedClaimRecord }) {
	const { claim, url, site } = input;
	const { data } = claim;
	const history = data.statusHistory;
	const rating = RATING_VALUES[data.status];
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url,
		claimReviewed: shorten(
			data.statement.length <= CLAIM_REVIEWED_MAX ? data.statement : data.title
		),
		datePublished: firstDay(history[0]!.date),
		dateModified: firstDay(history.at(-1)!.date),
		author: { '@type': 'Organization', name: site.name, url: site.url },
		reviewRating: {
			'@type': 'Rating',
			alternateName: data.status,
			...(rating === undefined ? {} : { ratingValue: rating, bestRating: 5, worstRating: 1 }),
		},
		itemReviewed: claimItem(input),
	};
}

/** The schema.org Claim: who made it, when, and where it appeared. */
function claimItem({ claim, claimant, sources }: ClaimJsonLdInput) {
	const appearances = sources.map((source) => ({
		'@type': 'CreativeWork',
		headline: sourceTitle(source.data),
		datePublished: isTimestampWithOffset(source.data.published)
			? source.data.published
			: publicationDay(source.data.published),
		publisher: { '@type': 'Organization', name: source.data.outlet },
		...(source.data.url ? { url: source.data.url } : {}),
	}));
	return {
		'@type': 'Claim',
		author: {
			'@type': claimant.data.kind === 'official' ? 'Person' : 'Organization',
			name: claimant.data.name,
			...(claimant.data.aliases.length > 0 ? { alternateName: claimant.data.aliases } : {}),
		},
		datePublished: firstDay(claim.data.claimed),
		...(appearances.length > 0 ? { firstAppearance: appearances[0], appearance: appearances } : {}),
	};
}

/** schema.org wants a plain date: the day the EDTF date is placed at. */
function firstDay(edtf: string): string {
	return dateSortKey(toFuzzyDate(edtf));
}

function shorten(text: string): string {
	if (text.length <= CLAIM_REVIEWED_MAX) return text;
	const cut = text.slice(0, CLAIM_REVIEWED_MAX - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
