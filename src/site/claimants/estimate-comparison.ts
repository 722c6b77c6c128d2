import { measureEstimates, statedNumbers, type Estimate } from '../measures/estimates.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { MeasureChartView } from '../measures/measure-view.ts';
import type { SiteIndex } from '../site-index.ts';

/** A claimant's estimates of one measure, beside everyone else's of the same measure (never of another). */
export interface EstimateComparison {
	measure: { id: string; name: string; href: string };
	own: Estimate[];
	others: {
		estimates: number;
		claimants: number;
		/** The lowest and highest number any other claimant stated; undefined when nobody else estimated it. */
		lowest: number | undefined;
		highest: number | undefined;
	};
	/** For a charted measure, a small chart: the claimant's own estimates over a band of the others' numbers. */
	chart: MeasureChartView | undefined;
}

/** The measures a claimant has estimated, each with the others' estimates of that measure summed up. */
export function estimateComparisons(
	index: Pick<SiteIndex, 'claims' | 'claimant' | 'claimsMeasuring' | 'measure' | 'measures'>,
	claimantId: string
): EstimateComparison[] {
	return index.measures.flatMap((measure) => {
		const estimates = measureEstimates(index, measure.id);
		const own = estimates.filter((estimate) => estimate.claimantId === claimantId);
		if (own.length === 0) return [];
		const others = estimates.filter((estimate) => estimate.claimantId !== claimantId);
		const numbers = others.flatMap(statedNumbers);
		const lowest = numbers.length > 0 ? Math.min(...numbers) : undefined;
		const highest = numbers.length > 0 ? Math.max(...numbers) : undefined;
		return [
			{
				measure: {
					id: measure.id,
					name: measure.data.name,
					href: PAGE_PATHS.measures(measure.id),
				},
				own,
				others: {
					estimates: others.length,
					claimants: new Set(others.map((estimate) => estimate.claimantId)).size,
					lowest,
					highest,
				},
				chart: !measure.data.charted
					? undefined
					: {
							id: `compare-${measure.id}`,
							measureId: measure.id,
							name: measure.data.name,
							axisLabel: measure.data.quantity,
							estimates: own,
							spread:
								lowest === undefined
									? undefined
									: {
											low: lowest,
											high: highest!,
											from: others[0]!.asOf,
											meaning: 'every other claimant’s estimates, lowest to highest',
										},
							// A small chart beside a list: the measure's own page marks the key events.
							events: [],
						},
			},
		];
	});
}
