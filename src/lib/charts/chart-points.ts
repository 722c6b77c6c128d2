import { compareFuzzyDates } from '../dates/date-order.ts';
import { toFuzzyDate, type FuzzyDate } from '../dates/fuzzy-date.ts';
import type { FigureQualifier } from '../figures/figure.ts';
import { formatFigure, formatNumber } from '../figures/format-figure.ts';
import { claimantMarkers, type ClaimantMarker } from '../claimants/claimant-markers.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { verdictKeyOf, type VerdictKey } from '../statuses/verdict-keys.ts';
import type { EstimateChart } from './estimate-charts.ts';

/** How a figure's number is drawn: as a point, a range, a faint band, or a bar open upwards or downwards. */
export type MarkDrawing = 'point' | 'range' | 'band' | 'more-than' | 'up-to';

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
	/** How the claimant is drawn: the same on every chart of the site. */
	marker: ClaimantMarker;
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
	let byChart = POINTS.get(index.claims);
	if (!byChart) POINTS.set(index.claims, (byChart = new Map<string, ChartPoint[]>()));
	let points = byChart.get(chart.id);
	if (!points) byChart.set(chart.id, (points = collectPoints(chart, index)));
	return points;
}

// Worked out once per chart and build: every claimant page compares its estimates with the chart's points.
const POINTS = new WeakMap<object, Map<string, ChartPoint[]>>();

function collectPoints(
	chart: EstimateChart,
	index: Pick<SiteIndex, 'claims' | 'claimant'>
): ChartPoint[] {
	const markers = chartedMarkers(index);
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
					marker: markers.get(claim.data.claimant)!,
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

const MARKERS = new WeakMap<object, Map<string, ClaimantMarker>>();

/** The drawing of every claimant with a figure on any claim, shared by every chart of the site. */
function chartedMarkers(
	index: Pick<SiteIndex, 'claims' | 'claimant'>
): Map<string, ClaimantMarker> {
	const known = MARKERS.get(index.claims);
	if (known) return known;
	const charted = new Set(
		index.claims
			.filter((claim) => claim.data.figures.length > 0)
			.map((claim) => claim.data.claimant)
	);
	const markers = claimantMarkers([...charted].map((id) => index.claimant(id)));
	MARKERS.set(index.claims, markers);
	return markers;
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
