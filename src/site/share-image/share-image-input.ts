import type { ClaimantRecord, ClaimRecord } from '../../core/schemas/records.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { formatFuzzyDate } from '../../core/dates/format-fuzzy-date.ts';
import { formatFigure } from '../../core/figures/format-figure.ts';
import {
	VERDICT_DEFINITIONS,
	verdictKeyOf,
	type VerdictKey,
} from '../../core/statuses/verdict-keys.ts';

/** Everything a claim's share image shows, already formatted: the image's only input, and its cache key. */
export interface ShareImageInput {
	title: string;
	claimantName: string;
	/** The claim's status, or not-rated for an opinion. */
	verdict: VerdictKey;
	/** What the verdict means, in a line. */
	verdictDefinition?: string;
	/** When the claim was made, as readers see it ("18 Oct 2024"). */
	claimed: string;
	/** Every figure of the claim, formatted; the card shows the first two. */
	figures: string[];
	siteName: string;
}

/** The share image input for a published claim, formatted the way its page formats it. */
export function shareImageInput(
	claim: ClaimRecord,
	claimant: ClaimantRecord,
	siteName: string
): ShareImageInput {
	const { data } = claim;
	return {
		title: data.title,
		claimantName: claimant.data.name,
		verdict: verdictKeyOf(data),
		verdictDefinition: VERDICT_DEFINITIONS[verdictKeyOf(data)],
		claimed: formatFuzzyDate(toFuzzyDate(data.claimed)).label,
		figures: data.figures.map(formatFigure),
		siteName,
	};
}
