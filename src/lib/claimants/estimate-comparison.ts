import { chartPoints, type ChartPoint } from '../charts/chart-points.ts';
import { ESTIMATE_CHARTS, type EstimateChart } from '../charts/estimate-charts.ts';
import type { SiteIndex } from '../site/site-index.ts';

/** A claimant's estimates on one question of the figures page, beside everyone else's on it. */
export interface EstimateComparison {
	/** What the page prints of the chart: plain data, so it can be hashed into the page's cache key. */
	chart: Pick<EstimateChart, 'id' | 'heading' | 'axisLabel'>;
	own: ChartPoint[];
	others: {
		estimates: number;
		claimants: number;
		/** The lowest and highest number any other claimant gave; undefined when nobody else estimated. */
		lowest: number | undefined;
		highest: number | undefined;
	};
}

/** The figures-page questions a claimant has estimated, each with the others' estimates summed up. */
export function estimateComparisons(
	index: Pick<SiteIndex, 'claims' | 'claimant'>,
	claimantId: string
): EstimateComparison[] {
	return ESTIMATE_CHARTS.flatMap((chart) => {
		const points = chartPoints(chart, index);
		const own = points.filter((point) => point.claimantId === claimantId);
		if (own.length === 0) return [];
		const others = points.filter((point) => point.claimantId !== claimantId);
		const numbers = others.flatMap((point) =>
			[point.value, point.min, point.max].filter((n): n is number => typeof n === 'number')
		);
		return [
			{
				chart: { id: chart.id, heading: chart.heading, axisLabel: chart.axisLabel },
				own,
				others: {
					estimates: others.length,
					claimants: new Set(others.map((point) => point.claimantId)).size,
					lowest: numbers.length > 0 ? Math.min(...numbers) : undefined,
					highest: numbers.length > 0 ? Math.max(...numbers) : undefined,
				},
			},
		];
	});
}
