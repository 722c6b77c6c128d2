import { formatFuzzyDate } from '../../core/dates/format-fuzzy-date.ts';
import { formatFigure, formatNumber } from '../../core/figures/format-figure.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { ChartSpread } from '../charts/chart-layout.ts';
import type { SiteIndex } from '../site-index.ts';
import { keyEventListAnchor, keyEventMarks } from '../timeline/key-event-marks.ts';
import { TIMELINE_PATHS } from '../timeline/timeline-paths.ts';
import type { ClaimData } from '../../core/schemas/claim.ts';
import type { MeasureRecord } from '../../core/schemas/records.ts';
import {
	estimateSpread,
	figureAsOf,
	latestPerClaimant,
	measureEstimates,
	statedNumbers,
	type Estimate,
	type Spread,
} from './estimates.ts';
import {
	MEASURE_KIND_DEFINITIONS,
	type MeasureKind,
	type Quantity,
} from '../../core/measures/measure-kinds.ts';

type MeasureIndex = Pick<
	SiteIndex,
	'claimsMeasuring' | 'claimant' | 'measure' | 'claims' | 'events' | 'source' | 'claim'
>;

/** A measure as lists and headings show it: what it counts, and how many estimates of it there are. */
export interface MeasureSummary {
	id: string;
	href: string;
	name: string;
	definition: string;
	/** The definition's first sentence, for lists. */
	lead: string;
	kind: MeasureKind;
	/** "At a date", "Over a period". */
	kindLabel: string;
	quantity: Quantity;
	charted: boolean;
	estimates: number;
	claimants: number;
	/** The claimants' current estimates, lowest to highest stated number ("11,000–15,000"); stocks only. */
	spread: { text: string; estimates: number; latestSaid: string; words: string } | undefined;
}

/** What one chart draws: the estimates of one measure, and the spread of the latest of them. */
export interface MeasureChartView {
	/** The prefix of the chart's element ids. */
	id: string;
	/** The one measure it draws. */
	measureId: string;
	name: string;
	/** What the value axis counts: the measure's quantity. */
	axisLabel: string;
	estimates: Estimate[];
	spread: ChartSpread | undefined;
	/** The key events within the months it draws, numbered as the chart marks them. */
	events: ChartEvent[];
}

/** A key event as a chart numbers and lists it. */
export interface ChartEvent {
	number: number;
	/** Its first day, `YYYY-MM-DD`: where its line is drawn. */
	day: string;
	title: string;
	dateLabel: string;
	/** Its line in the timeline's list of key events. */
	href: string;
}

/** A claimant's latest estimate of a headline measure, placed on a scale from 0 to the largest number among them. */
export interface LatestEstimateRow {
	estimate: Estimate;
	/** Where its number (or range) starts and ends, 0–100 of the largest number stated. */
	start: number;
	end: number;
}

/** A headline measure on the front page: the spread, what it counts, and who says what. */
export interface HeadlineMeasure {
	summary: MeasureSummary;
	/** The newest of the claimants' latest estimates, newest first. */
	latest: LatestEstimateRow[];
}

export function measureSummary(index: MeasureIndex, measure: MeasureRecord): MeasureSummary {
	const estimates = measureEstimates(index, measure.id);
	const spread = estimateSpread(estimates);
	return {
		id: measure.id,
		href: PAGE_PATHS.measures(measure.id),
		name: measure.data.name,
		definition: measure.data.definition,
		lead: measure.data.definition.split(/(?<=[.!?])\s+/)[0]!,
		kind: measure.data.kind,
		kindLabel: MEASURE_KIND_DEFINITIONS[measure.data.kind].label,
		quantity: measure.data.quantity,
		charted: measure.data.charted,
		estimates: estimates.length,
		claimants: new Set(estimates.map((estimate) => estimate.claimantId)).size,
		spread: spread && {
			text: formatSpread(spread, measure.data.quantity),
			estimates: spread.estimates.length,
			latestSaid: formatFuzzyDate(spread.latestSaid).label,
			words: spreadWords(spread),
		},
	};
}

/** The chart of a charted measure with estimates (its newest `limit`); undefined for the others. */
export function measureChart(
	index: MeasureIndex,
	measure: MeasureRecord,
	limit: number
): MeasureChartView | undefined {
	const estimates = measureEstimates(index, measure.id);
	if (!measure.data.charted || estimates.length === 0) return undefined;
	const spread = estimateSpread(estimates);
	const shown = estimates.slice(-limit);
	const days = shown
		.flatMap((estimate) => [estimate.asOf.first, estimate.asOf.last])
		.filter((day) => day !== null)
		.sort();
	// The months the time axis covers: from the first estimate's month to the last one's.
	const [firstMonth, lastMonth] = [days[0]!.slice(0, 7), days.at(-1)!.slice(0, 7)];
	return {
		id: measure.id,
		measureId: measure.id,
		name: measure.data.name,
		axisLabel: measure.data.quantity,
		estimates: shown,
		events: keyEventMarks(index)
			.filter((event) => event.month >= firstMonth && event.month <= lastMonth)
			.map((event, position) => ({
				number: position + 1,
				day: event.day,
				title: event.title,
				dateLabel: event.dateLabel,
				href: `${TIMELINE_PATHS.byEvent}#${keyEventListAnchor(event)}`,
			})),
		spread: spread && {
			low: spread.low,
			high: spread.high,
			from: spread.from,
			meaning: 'the spread of the claimants’ latest estimates',
		},
	};
}

/** The measures the front page opens with, in their order, each with at most `rows` claimants' latest estimates. */
export function headlineMeasures(
	index: MeasureIndex & Pick<SiteIndex, 'measures'>,
	rows: number
): HeadlineMeasure[] {
	return index.measures
		.filter((measure) => measure.data.headline !== undefined)
		.map((measure) => ({
			summary: measureSummary(index, measure),
			latest: scaled(latestPerClaimant(measureEstimates(index, measure.id)).slice(0, rows)),
		}))
		.filter(({ latest }) => latest.length > 0);
}

/** What the spread stands for, in words: "the latest estimates of 3 claimants, newest said 30 Apr 2025". */
function spreadWords(spread: Spread): string {
	const [first] = spread.estimates;
	const whose =
		spread.estimates.length === 1
			? `${first!.claimantName}’s latest estimate`
			: `the latest estimates of ${spread.estimates.length} claimants`;
	return `${whose}, newest said ${formatFuzzyDate(spread.latestSaid).label}`;
}

/** "11,000–15,000", "2", "40–50%": the lowest and highest number the latest estimates state. */
export function formatSpread(spread: Pick<Spread, 'low' | 'high'>, quantity: Quantity): string {
	const range =
		spread.low === spread.high
			? formatNumber(spread.low)
			: `${formatNumber(spread.low)}–${formatNumber(spread.high)}`;
	return quantity === 'percent' ? `${range}%` : range;
}

function scaled(latest: readonly Estimate[]): LatestEstimateRow[] {
	const top = Math.max(...latest.flatMap(statedNumbers), 1);
	return latest.map((estimate) => {
		const high = estimate.value ?? estimate.max ?? 0;
		const low = estimate.value === null ? (estimate.min ?? 0) : 0;
		return { estimate, start: (low / top) * 100, end: (high / top) * 100 };
	});
}

/** A link to a related measure. */
export interface MeasureLink {
	href: string;
	name: string;
}

/** Everything a measure's page prints. */
export interface MeasurePageView {
	summary: MeasureSummary;
	/** What the kind means: "how many there are … at a date". */
	kindDefinition: string;
	who: string;
	place: { name: string; href: string } | undefined;
	/** The measures this one is part of, and those that are parts of it. */
	partOf: MeasureLink[];
	parts: MeasureLink[];
	chart: MeasureChartView | undefined;
	/** The newest estimates, at most the page's limit, oldest first; `summary.estimates` counts them all. */
	estimates: Estimate[];
}

/** A measure's page; past `limit` estimates it charts and lists the newest only, so the page stays bounded. */
export function measurePageView(
	index: MeasureIndex & Pick<SiteIndex, 'measures' | 'place'>,
	measureId: string,
	limit: number
): MeasurePageView {
	const measure = index.measure(measureId);
	const link = (id: string): MeasureLink => ({
		href: PAGE_PATHS.measures(id),
		name: index.measure(id).data.name,
	});
	const { place } = measure.data.scope;
	return {
		summary: measureSummary(index, measure),
		kindDefinition: MEASURE_KIND_DEFINITIONS[measure.data.kind].definition,
		who: measure.data.scope.who,
		place:
			place === undefined
				? undefined
				: { name: index.place(place).data.names.en, href: PAGE_PATHS.places(place) },
		partOf: measure.data.partOf.map(link),
		parts: index.measures
			.filter((other) => other.data.partOf.includes(measureId))
			.map((other) => link(other.id)),
		chart: measureChart(index, measure, limit),
		estimates: measureEstimates(index, measureId).slice(-limit),
	};
}

/** A claim's figure as its page lists it: the source's words, what it counts and when it holds. */
export interface FigureLine {
	text: string;
	qualifier: string;
	measure: MeasureLink;
	/** "as of" for a number at a date, "over" for one over a period. */
	asOfWord: string;
	asOf: string;
}

/** The figures of a claim, each with its measure. */
export function figureLines(
	index: Pick<SiteIndex, 'measure'>,
	claim: Pick<ClaimData, 'figures' | 'event' | 'claimed'>
): FigureLine[] {
	return claim.figures.map((figure) => {
		const measure = index.measure(figure.measure);
		return {
			text: formatFigure(figure),
			qualifier: figure.qualifier,
			measure: { href: PAGE_PATHS.measures(measure.id), name: measure.data.name },
			asOfWord: measure.data.kind === 'flow' ? 'over' : 'as of',
			asOf: figureAsOf(claim, figure),
		};
	});
}
