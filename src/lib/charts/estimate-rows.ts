import type { FuzzyDate } from '../dates/fuzzy-date.ts';
import type { VerdictKey } from '../statuses/verdict-keys.ts';
import type { ChartPoint } from './chart-points.ts';

/** One claim's estimates on a chart, as one table row with one link. */
export interface EstimateRow {
	claimId: string;
	claimTitle: string;
	claimantName: string;
	date: FuzzyDate;
	verdict: VerdictKey;
	/** Each figure as the site prints it, in the chart's order. */
	figures: string[];
}

/** The chart's points as rows, one per claim, in the order of each claim's first point. */
export function estimateRows(points: readonly ChartPoint[]): EstimateRow[] {
	const rows = new Map<string, EstimateRow>();
	for (const point of points) {
		const row = rows.get(point.claimId);
		if (row) row.figures.push(point.figureText);
		else
			rows.set(point.claimId, {
				claimId: point.claimId,
				claimTitle: point.claimTitle,
				claimantName: point.claimantName,
				date: point.date,
				verdict: point.verdict,
				figures: [point.figureText],
			});
	}
	return [...rows.values()];
}
