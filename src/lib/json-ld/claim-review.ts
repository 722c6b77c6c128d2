import type { Status } from '../statuses/statuses.ts';
import { dateSortKey } from '../dates/date-order.ts';
import { sourceTitle } from '../sources/source-title.ts';
import { isTimestampWithOffset } from '../dates/format-timestamp.ts';
import { publicationDay } from '../dates/publication-date.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimantRecord, ClaimRecord, SourceRecord } from '../site/records.ts';

/** Google asks for a `claimReviewed` under 75 characters. */
const CLAIM_REVIEWED_MAX = 74;

// A numeric rating lets consumers sort; withdrawn is not a verdict, so it has none.
const RATING_VALUES: Partial<Record<Status, number>> = {
	refuted: 1,
	disputed: 2,
	claimed: 3,
	corroborated: 4,
	confirmed: 5,
};

interface ClaimReviewInput {
	claim: ClaimRecord;
	claimant: ClaimantRecord;
	sources: SourceRecord[];
	/** Absolute URL of the claim's page. */
	url: string;
	site: { name: string; url: string };
}

/** schema.org ClaimReview for a claim page: the claim, who made it, where it appeared, and its status as the rating. */
export function claimReview({ claim, claimant, sources, url, site }: ClaimReviewInput) {
	const { data } = claim;
	const history = data.statusHistory;
	const rating = RATING_VALUES[data.status];
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
		itemReviewed: {
			'@type': 'Claim',
			author: {
				'@type': claimant.data.kind === 'official' ? 'Person' : 'Organization',
				name: claimant.data.name,
			},
			datePublished: firstDay(data.claimed),
			...(appearances.length > 0
				? { firstAppearance: appearances[0], appearance: appearances }
				: {}),
		},
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
