import { compareFuzzyDates } from '../dates/date-order.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { chartPoints, type ChartPoint } from './chart-points.ts';
import type { EstimateChart } from './estimate-charts.ts';

/** Where one claimant's latest estimate sits on a shared scale: from `start` to `end`, 0–100 of the largest number. */
export interface LatestEstimate {
	point: ChartPoint;
	start: number;
	end: number;
}

/**
 * The newest estimate of each claimant on one question, newest first and at most `limit`, placed on a scale from zero
 * to the largest number among them: a point estimate is a bar from zero, a range or band spans its two ends.
 */
export function latestEstimates(
	chart: EstimateChart,
	index: Pick<SiteIndex, 'claims' | 'claimant'>,
	limit: number
): LatestEstimate[] {
	const newestFirst = [...chartPoints(chart, index)].reverse();
	const latest = newestFirst
		.filter(
			(point, position) =>
				newestFirst.findIndex((other) => other.claimantId === point.claimantId) === position
		)
		.slice(0, limit)
		.sort((a, b) => compareFuzzyDates(b.date, a.date));
	const top = Math.max(...latest.map((point) => point.value ?? point.max ?? 0), 1);
	return latest.map((point) => {
		const high = point.value ?? point.max ?? 0;
		const low = point.value === null ? (point.min ?? 0) : 0;
		return { point, start: (low / top) * 100, end: (high / top) * 100 };
	});
}
