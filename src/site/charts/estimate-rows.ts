import type { FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { Estimate } from '../measures/estimates.ts';
import type { VerdictKey } from '../../core/statuses/verdict-keys.ts';

/** One claim's estimates of a measure, as one table row with one link. */
export interface EstimateRow {
	claimId: string;
	claimTitle: string;
	claimantName: string;
	said: FuzzyDate;
	/** When the first of its numbers holds, or the period it covers. */
	asOf: FuzzyDate;
	verdict: VerdictKey;
	/** Each figure in the source's words, in the chart's order. */
	figures: string[];
}

/** The estimates as rows, one per claim, in the order of each claim's first estimate. */
export function estimateRows(estimates: readonly Estimate[]): EstimateRow[] {
	const rows = new Map<string, EstimateRow>();
	for (const estimate of estimates) {
		const row = rows.get(estimate.claimId);
		if (row) row.figures.push(estimate.figureText);
		else
			rows.set(estimate.claimId, {
				claimId: estimate.claimId,
				claimTitle: estimate.claimTitle,
				claimantName: estimate.claimantName,
				said: estimate.said,
				asOf: estimate.asOf,
				verdict: estimate.verdict,
				figures: [estimate.figureText],
			});
	}
	return [...rows.values()];
}
