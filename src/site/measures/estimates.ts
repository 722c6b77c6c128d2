import { compareFuzzyDates, dateSortKey } from '../../core/dates/date-order.ts';
import { toFuzzyDate, type FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { FigureQualifier } from '../../core/figures/figure.ts';
import { formatFigure, formatNumber } from '../../core/figures/format-figure.ts';
import { claimantMarkers, type ClaimantMarker } from '../../core/claimants/claimant-markers.ts';
import type { SiteIndex } from '../site-index.ts';
import { verdictKeyOf, type VerdictKey } from '../../core/statuses/verdict-keys.ts';
import type { Figure } from '../../core/schemas/figure.ts';
import type { ClaimData } from '../../core/schemas/claim.ts';
import type { MeasureKind } from '../../core/measures/measure-kinds.ts';

/** How a figure's number is drawn: as a point, a range, a faint band, or a short arrow open upwards or downwards. */
export type MarkDrawing = 'point' | 'range' | 'band' | 'more-than' | 'up-to';

/** One figure of one published claim, as the site compares it with others of its measure. */
export interface Estimate {
	measureId: string;
	/** When the number holds (a stock) or the period it covers (a flow): where it is drawn. */
	asOf: FuzzyDate;
	/** When the claim was made. */
	said: FuzzyDate;
	/** A stock is drawn at its date, a flow across its period. */
	kind: MeasureKind;
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
	/** The figure in the source's words: "more than 2 million rounds of ammunition". */
	figureText: string;
	/** A short value label for beside the mark: "12,000", ">2 million", "3,000–5,000". */
	label: string;
}

/**
 * When a figure's number holds or the period it covers: its own `asOf`, else the claim's event date, else the date
 * the claim was made.
 */
export function figureAsOf(claim: Pick<ClaimData, 'event' | 'claimed'>, figure: Figure): string {
	return figure.asOf ?? claim.event ?? claim.claimed;
}

/** Every figure of the measure in the published claims, by the date it holds (then when said, who and which claim). */
export function measureEstimates(
	index: Pick<SiteIndex, 'claimsMeasuring' | 'claimant' | 'measure' | 'claims'>,
	measureId: string
): Estimate[] {
	let byMeasure = ESTIMATES.get(index.claims);
	if (!byMeasure) ESTIMATES.set(index.claims, (byMeasure = new Map<string, Estimate[]>()));
	let estimates = byMeasure.get(measureId);
	if (!estimates) byMeasure.set(measureId, (estimates = collectEstimates(index, measureId)));
	return estimates;
}

// Worked out once per measure and build: the front page, the measure's page and claimant pages all read them.
const ESTIMATES = new WeakMap<object, Map<string, Estimate[]>>();

function collectEstimates(
	index: Pick<SiteIndex, 'claimsMeasuring' | 'claimant' | 'measure' | 'claims'>,
	measureId: string
): Estimate[] {
	const markers = chartedMarkers(index);
	const { kind } = index.measure(measureId).data;
	return index
		.claimsMeasuring(measureId)
		.flatMap((claim) =>
			claim.data.figures
				.filter((figure) => figure.measure === measureId)
				.map((figure): Estimate => ({
					measureId,
					asOf: toFuzzyDate(figureAsOf(claim.data, figure)),
					said: toFuzzyDate(claim.data.claimed),
					kind,
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
				compareFuzzyDates(a.asOf, b.asOf) ||
				compareFuzzyDates(a.said, b.said) ||
				a.claimantName.localeCompare(b.claimantName) ||
				a.claimId.localeCompare(b.claimId)
		);
}

/** Verdicts whose numbers no longer stand for their claimant: shown, but not among the latest estimates. */
const SET_ASIDE: readonly VerdictKey[] = ['refuted', 'withdrawn'];

/**
 * Each claimant's newest estimate (by the date it holds, then when it was said), leaving out refuted and withdrawn
 * claims, newest first.
 */
export function latestPerClaimant(estimates: readonly Estimate[]): Estimate[] {
	const latest = new Map<string, Estimate>();
	for (const estimate of estimates) {
		if (SET_ASIDE.includes(estimate.verdict)) continue;
		const held = latest.get(estimate.claimantId);
		if (!held || compareFuzzyDates(held.asOf, estimate.asOf) <= 0)
			latest.set(estimate.claimantId, estimate);
	}
	return [...latest.values()].sort(
		(a, b) => compareFuzzyDates(b.asOf, a.asOf) || compareFuzzyDates(b.said, a.said)
	);
}

/**
 * How long before the newest estimate a claimant's latest one still counts as current: an estimate a year older than
 * the rest says what was so then, not now.
 */
export const CURRENT_MONTHS = 6;

/** How far apart the claimants' current estimates of a measure at a date are: the lowest and highest number stated. */
export interface Spread {
	low: number;
	high: number;
	/** The latest estimates it spans, newest first. */
	estimates: Estimate[];
	/** When the newest of them was said. */
	latestSaid: FuzzyDate;
	/** Where the oldest of them holds: the band starts there. */
	from: FuzzyDate;
}

/**
 * The spread of the claimants' current estimates of a stock: each claimant's latest, among those holding no more than
 * CURRENT_MONTHS before the newest (numbers over different periods are not one question, so a flow has none). The
 * site shows who says what and how far apart they are, never a number of its own.
 */
export function estimateSpread(estimates: readonly Estimate[]): Spread | undefined {
	const latest = currentEstimates(
		latestPerClaimant(estimates.filter((estimate) => estimate.kind === 'stock'))
	);
	if (latest.length === 0) return undefined;
	const numbers = latest.flatMap(statedNumbers);
	return {
		low: Math.min(...numbers),
		high: Math.max(...numbers),
		estimates: latest,
		latestSaid: [...latest].sort((a, b) => compareFuzzyDates(b.said, a.said))[0]!.said,
		from: latest.at(-1)!.asOf,
	};
}

/** The latest estimates that hold within CURRENT_MONTHS of the newest of them, newest first. */
export function currentEstimates(latest: readonly Estimate[]): Estimate[] {
	const newest = latest[0];
	if (!newest) return [];
	// A date known only roughly counts from its first day: "October" may be 1 October.
	const since = new Date(`${dateSortKey(newest.asOf)}T00:00:00Z`);
	since.setUTCMonth(since.getUTCMonth() - CURRENT_MONTHS);
	const cutoff = since.toISOString().slice(0, 10);
	return latest.filter((estimate) => dateSortKey(estimate.asOf) >= cutoff);
}

/** The numbers an estimate states: its value, or the two ends of its range or band. */
export function statedNumbers(estimate: Pick<Estimate, 'value' | 'min' | 'max'>): number[] {
	return [estimate.value, estimate.min, estimate.max].filter(
		(number): number is number => typeof number === 'number'
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
