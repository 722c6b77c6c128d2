import { compareFuzzyDates } from '../dates/date-order.ts';
import { toFuzzyDate, type FuzzyDate } from '../dates/fuzzy-date.ts';
import type { FigureQualifier } from '../figures/figure.ts';
import { formatFigure, formatNumber } from '../figures/format-figure.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { verdictKeyOf, type VerdictKey } from '../statuses/verdict-keys.ts';
import type { MarkDrawing } from './chart-layout.ts';
import type { EstimateChart } from './estimate-charts.ts';

/** One figure of one claim, ready to plot: when it was claimed, what number, by whom. */
export interface ChartPoint {
	/** When the claim was made; the x position. */
	date: FuzzyDate;
	qualifier: FigureQualifier;
	/** How the qualifier is drawn: "at least" opens upwards like "more than", "nearly" is a point like "about". */
	drawing: MarkDrawing;
	/** The stated number; null for a range without a central estimate and for a vague band. */
	value: number | null;
	min?: number | undefined;
	max?: number | undefined;
	claimId: string;
	claimTitle: string;
	claimantId: string;
	/** The claimant's short name, as lists and the legend show it. */
	claimantName: string;
	/** The claimant's place among every claimant that gives figures, site-wide, so it looks the same on every chart. */
	series: number;
	/** The claim's status, or not-rated for an opinion. */
	verdict: VerdictKey;
	/** The figure as the site prints it: "more than 2 million rounds of ammunition". */
	figureText: string;
	/** A short value label for beside the mark: "12,000", ">2 million", "3,000–5,000". */
	label: string;
}

/** The chart's points: each matching figure of each published claim with the chart's topic, oldest claim first. */
export function chartPoints(
	chart: EstimateChart,
	index: Pick<SiteIndex, 'claims' | 'claimant'>
): ChartPoint[] {
	const series = seriesOrder(index);
	return index.claims
		.filter((claim) => claim.data.topics.includes(chart.topic))
		.flatMap((claim) =>
			claim.data.figures
				.filter((figure) => chart.unit.test(figure.unit) && !PERCENT.test(figure.unit))
				.map((figure) => ({
					date: toFuzzyDate(claim.data.claimed),
					qualifier: figure.qualifier,
					drawing: DRAWINGS[figure.qualifier],
					value: figure.value,
					min: figure.min,
					max: figure.max,
					claimId: claim.id,
					claimTitle: claim.data.title,
					claimantId: claim.data.claimant,
					claimantName: index.claimant(claim.data.claimant).data.shortName,
					series: series.get(claim.data.claimant)!,
					verdict: verdictKeyOf(claim.data),
					figureText: formatFigure(figure),
					label: shortLabel(figure.qualifier, figure.value, figure.min, figure.max),
				}))
		)
		.sort(
			(a, b) =>
				compareFuzzyDates(a.date, b.date) ||
				a.claimantName.localeCompare(b.claimantName) ||
				a.claimId.localeCompare(b.claimId)
		);
}

const SERIES_ORDERS = new WeakMap<object, Map<string, number>>();

/** Every claimant with a figure on any claim, by short name: one place each, shared by every chart of the site. */
function seriesOrder(index: Pick<SiteIndex, 'claims' | 'claimant'>): Map<string, number> {
	const known = SERIES_ORDERS.get(index.claims);
	if (known) return known;
	const names = new Map(
		index.claims
			.filter((claim) => claim.data.figures.length > 0)
			.map((claim) => [claim.data.claimant, index.claimant(claim.data.claimant).data.shortName])
	);
	const order = new Map(
		[...names.keys()]
			.sort((a, b) => names.get(a)!.localeCompare(names.get(b)!) || a.localeCompare(b))
			.map((id, position) => [id, position])
	);
	SERIES_ORDERS.set(index.claims, order);
	return order;
}

const DRAWINGS: Record<FigureQualifier, MarkDrawing> = {
	exact: 'point',
	about: 'point',
	nearly: 'point',
	'at-least': 'more-than',
	'more-than': 'more-than',
	'up-to': 'up-to',
	range: 'range',
	vague: 'band',
};

// A share ("50 percent of the ammunition") is not a count, so it has no place on a count axis.
const PERCENT = /%|\bper ?cent\b|\bpercent(age)?\b/i;

function shortLabel(
	qualifier: FigureQualifier,
	value: number | null,
	min: number | undefined,
	max: number | undefined
): string {
	if (qualifier === 'range' || qualifier === 'vague')
		return `${formatNumber(min!)}–${formatNumber(max!)}`;
	const prefix = {
		exact: '',
		about: '~',
		nearly: '≲',
		'at-least': '≥',
		'more-than': '>',
		'up-to': '≤',
	}[qualifier];
	return `${prefix}${formatNumber(value!)}`;
}
