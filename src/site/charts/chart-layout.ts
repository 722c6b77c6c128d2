import { dateSortKey } from '../../core/dates/date-order.ts';
import { formatFuzzyDate } from '../../core/dates/format-fuzzy-date.ts';
import { formatNumber } from '../../core/figures/format-figure.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import { verdictLabel } from '../../core/statuses/verdict-keys.ts';
import type { FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import type { Estimate, MarkDrawing } from '../measures/estimates.ts';
import { linearScale } from './linear-scale.ts';
import { markerPath } from './marker-shapes.ts';
import type { MarkerShape, SeriesColour } from '../../core/claimants/claimant-markers.ts';
import { placeLabels, type Box, type PlacedLabel } from './place-labels.ts';
import { timeScale } from './time-scale.ts';

/** The size a chart is drawn at, in SVG user units. */
export interface ChartSize {
	width: number;
	height: number;
	/** The text size, which the margins and value labels are measured by. */
	fontSize: number;
	/** The most ticks the time axis may carry. */
	maxTimeTicks: number;
}

/** A way of drawing a mark, for the key beside the chart. */
export type Encoding = MarkDrawing | 'period' | 'date-span' | 'date-open' | 'spread';

/** One plotted figure: a marker, with the bar and whisker its qualifier and date call for, linking to its claim. */
export interface ChartMark {
	href: string;
	/** The link's accessible name: who, when, what figure, and how established. */
	title: string;
	/** Which of the series colours the claimant has, and whether its marker is hollow. */
	colour: SeriesColour;
	hollow: boolean;
	/** The claimant's marker, as an SVG path, and its centre. */
	marker: string;
	x: number;
	y: number;
	/** Min to max for a range, a faint band for a vague figure, or a short open bar from the value. */
	bar: { kind: 'range' | 'band' | 'more-than' | 'up-to'; path: string } | undefined;
	/** The arrowhead at the open end of a more-than or up-to bar. */
	arrow: string | undefined;
	/**
	 * A line over the days the figure's date spans: a thin whisker for a number at an uncertain date, a thick span
	 * for a number over a period; open (drawn dashed) when its start or end is unknown.
	 */
	whisker: { path: string; open: boolean; period: boolean } | undefined;
	/** The value beside the marker, where there is room for it. */
	label: PlacedLabel | undefined;
}

/** One claim's marks under one link: a claim with several figures on a chart is one stop for the keyboard. */
export interface ChartLink {
	href: string;
	/** The link's accessible name: who, when, each figure, and how established. */
	title: string;
	colour: SeriesColour;
	marks: ChartMark[];
}

/** A claimant in the legend, with its marker drawn about the origin. */
export interface LegendEntry {
	name: string;
	colour: SeriesColour;
	hollow: boolean;
	marker: string;
}

/** Everything needed to draw a chart as SVG, as plain numbers and strings. */
export interface ChartLayout {
	width: number;
	height: number;
	plot: Box;
	/** The unit counted, above the value axis. */
	axisLabel: { x: number; y: number; text: string };
	/** Each value tick: its label, right-aligned at (labelX, y), and its grid line. */
	valueTicks: Array<{ y: number; label: string; labelX: number; grid: string }>;
	/** Each time tick: its mark on the axis, and its label's lines, centred on x from the baseline labelY down. */
	timeTicks: Array<{ x: number; lines: string[]; labelY: number; mark: string }>;
	/** The zero line, which the time axis runs along. */
	baseline: string;
	marks: ChartMark[];
	/** The same marks, grouped by the claim they link to, in the order of each claim's first mark. */
	links: ChartLink[];
	legend: LegendEntry[];
	/** The ways of drawing that the marks use, in a fixed order. */
	encodings: Encoding[];
	/** The band behind the marks, from where the oldest estimate it stands for holds to the plot's right edge. */
	spread: { path: string } | undefined;
	/** Key events within the drawn period: a dashed line at each, numbered above the plot (close ones share a label). */
	events: Array<{ line: string; label: { x: number; y: number; text: string } | undefined }>;
}

/** A band behind the marks: the claimants' latest estimates of a stock, or, beside one claimant's, everyone else's. */
export interface ChartSpread {
	low: number;
	high: number;
	/** Where the band starts: the oldest of the estimates it stands for. */
	from: FuzzyDate;
	/** What it stands for, for the key beside the chart: "the spread of the claimants’ latest estimates". */
	meaning: string;
}

/**
 * Lays out the estimates of one measure as a chart of value over the date each holds (a stock) or the period it
 * covers (a flow): claimants told apart by marker shape (and colour), each qualifier drawn as what it says, markers
 * nudged apart where they would cover each other, and the spread of the latest estimates as a band behind them.
 */
export function chartLayout(
	points: readonly Estimate[],
	axisLabel: string,
	size: ChartSize,
	spread?: ChartSpread,
	events: ReadonlyArray<{ day: string; number: number }> = []
): ChartLayout {
	if (points.length === 0) throw new RangeError('A chart needs at least one point to draw');
	const { width, height, fontSize } = size;
	const top = fontSize * 2.5;
	const bottom = height - fontSize * 3;
	const values = linearScale(Math.max(...points.map(highestDrawn), spread?.high ?? 0), bottom, top);
	const valueLabels = values.ticks.map(formatNumber);
	const widestLabel = Math.max(...valueLabels.map((label) => label.length));
	const plot = {
		left: Math.ceil(widestLabel * fontSize * 0.6) + 10,
		top,
		right: width - fontSize * 1.5,
		bottom,
	};
	const days = points
		.flatMap((point) => [point.asOf.first, point.asOf.last])
		.filter((day) => day !== null);
	const time = timeScale(days, plot.left + MARKER, plot.right - MARKER, size.maxTimeTicks);
	const drawnEvents = events.filter((event) => event.day >= time.start && event.day < time.end);
	const series = seriesOf(points);
	const placed = nudgeApart(
		points.map((point) => placePoint(point, values.toPixel, time.toPixel, plot)),
		plot
	);
	const covered = placed.map(coveredBy);
	const labels = placeLabels(
		placed.map((place, index) => ({
			text: place.point.label,
			markBox: covered[index]!.marker,
			ownBoxes: [covered[index]!.marker, covered[index]!.bar],
			y: place.y,
		})),
		covered.flatMap(({ marker, bar, whisker }) =>
			whisker ? [marker, bar, whisker] : [marker, bar]
		),
		// Below the key events' numbers, which sit just above the plot.
		{
			left: plot.left,
			top: drawnEvents.length > 0 ? plot.top : 0,
			right: width,
			bottom: plot.bottom,
		},
		fontSize
	);
	const marks = placed.map((place, index) =>
		markOf(place, series.get(place.point.claimantId)!, labels[index])
	);
	return {
		width,
		height,
		plot,
		axisLabel: { x: 0, y: fontSize, text: axisLabel },
		valueTicks: values.ticks.map((value, index) => {
			const y = round(values.toPixel(value));
			return {
				y,
				label: valueLabels[index]!,
				labelX: plot.left - TICK_LABEL_GAP,
				grid: d`M${plot.left} ${y}H${plot.right}`,
			};
		}),
		timeTicks: time.ticks.map((tick) => ({
			x: round(tick.x),
			lines: tick.lines,
			labelY: round(plot.bottom + fontSize * 1.6),
			mark: d`M${tick.x} ${plot.bottom}v${TICK_LABEL_GAP - 1}`,
		})),
		baseline: d`M${plot.left} ${plot.bottom}H${plot.right}`,
		marks,
		links: linksOf(placed, marks),
		legend: [...series.values()].map(({ name, colour, hollow, shape }) => ({
			name,
			colour,
			hollow,
			marker: markerPath(shape, 0, 0, MARKER),
		})),
		encodings: ENCODINGS.filter(
			(encoding) =>
				placed.some((place) => place.encodings.includes(encoding)) ||
				(encoding === 'spread' && spread !== undefined)
		),
		spread: spread && spreadBand(spread, values.toPixel, time.toPixel, plot),
		events: eventMarks(drawnEvents, time.toPixel, plot, fontSize),
	};
}

/**
 * A dashed line at each key event, and its number above the plot; events closer than a label's width share one
 * label ("2–4"), so numbers never overlap however the events crowd.
 */
function eventMarks(
	events: ReadonlyArray<{ day: string; number: number }>,
	toX: (day: string) => number,
	plot: Box,
	fontSize: number
): ChartLayout['events'] {
	const placed = events.map((event) => ({ ...event, x: round(toX(event.day)) }));
	const clusters: Array<typeof placed> = [];
	for (const event of placed) {
		const last = clusters.at(-1);
		// Room for the widest shared label, "10–11" (about three ems), between two labels' centres.
		if (last && event.x - last[0]!.x < fontSize * 4) last.push(event);
		else clusters.push([event]);
	}
	return clusters.flatMap((cluster) =>
		cluster.map((event, position) => ({
			line: d`M${event.x} ${plot.top}V${plot.bottom}`,
			label:
				position === 0
					? {
							x: event.x,
							y: round(plot.top - fontSize * 0.4),
							text:
								cluster.length === 1
									? String(event.number)
									: `${event.number}–${cluster.at(-1)!.number}`,
						}
					: undefined,
		}))
	);
}

/** The band from the lowest to the highest latest estimate, starting where the oldest of them holds. */
function spreadBand(
	spread: ChartSpread,
	toY: (value: number) => number,
	toX: (day: string, edge?: 'start' | 'end') => number,
	plot: Box
): ChartLayout['spread'] {
	const left = round(Math.max(toX(dateSortKey(spread.from)), plot.left));
	const top = round(toY(spread.high));
	// A band of one number is a line a few pixels thick, so it is still seen.
	const bottom = round(Math.max(toY(spread.low), top + 3));
	return { path: d`M${left} ${top}H${plot.right}V${bottom}H${left}Z` };
}

/** How many pixels across a marker is. */
const MARKER = 11;
/** How far an open ("more than", "up to") figure's bar reaches past its marker: a short arrow, not to the edge. */
const OPEN_BAR = 16;
const ARROW = 7;
const BAND_HALF_WIDTH = 6;
const CAP_HALF_WIDTH = 4;
const OPEN_WHISKER = 16;
const TICK_LABEL_GAP = 6;
const ENCODINGS: Encoding[] = [
	'point',
	'range',
	'band',
	'more-than',
	'up-to',
	'period',
	'date-span',
	'date-open',
	'spread',
];

interface Series {
	name: string;
	colour: SeriesColour;
	hollow: boolean;
	shape: MarkerShape;
}

/** A point's place on the chart, before it is drawn. */
interface Placed {
	point: Estimate;
	x: number;
	y: number;
	/** The vertical extent of the point's bar; both equal y when it has none. */
	barTop: number;
	barBottom: number;
	whisker: { from: number; to: number; open: boolean; period: boolean } | undefined;
	encodings: Encoding[];
}

function highestDrawn(point: Estimate): number {
	return Math.max(point.value ?? 0, point.max ?? 0);
}

/** Each claimant's drawing, which its point carries from the claimant record; the legend lists them by name. */
function seriesOf(points: readonly Estimate[]): Map<string, Series> {
	const byName = [...points].sort((a, b) => a.claimantName.localeCompare(b.claimantName));
	return new Map(
		byName.map((point) => [
			point.claimantId,
			{
				name: point.claimantName,
				...point.marker,
			},
		])
	);
}

function placePoint(
	point: Estimate,
	toY: (value: number) => number,
	toX: (day: string, edge?: 'start' | 'end') => number,
	plot: Box
): Placed {
	const { drawing, value, min, max, asOf } = point;
	const period = point.kind === 'flow' && asOf.first !== null && asOf.last !== null;
	// A number over a period sits in the middle of it; a number at a date, at the date's first day.
	const x = round(
		period ? (toX(asOf.first!) + toX(asOf.last!, 'end')) / 2 : toX(dateSortKey(asOf))
	);
	const y = round(toY(value ?? (min! + max!) / 2));
	const open = MARKER / 2 + OPEN_BAR;
	const [barTop, barBottom] =
		drawing === 'range' || drawing === 'band'
			? [round(toY(max!)), round(toY(min!))]
			: drawing === 'more-than'
				? [round(Math.max(y - open, plot.top - ARROW)), y]
				: drawing === 'up-to'
					? [y, round(Math.min(y + open, plot.bottom))]
					: [y, y];
	const whisker = whiskerOf(point, x, toX, plot);
	const encodings: Encoding[] = whisker
		? [drawing, whisker.period ? 'period' : whisker.open ? 'date-open' : 'date-span']
		: [drawing];
	return { point, x, y, barTop, barBottom, whisker, encodings };
}

/**
 * A figure dated to more than one day gets a line over its days: a number over a period, a span across it; a number
 * at an uncertain date, a whisker from its first day. An unknown start or end gives a short open line.
 */
function whiskerOf(
	point: Estimate,
	x: number,
	toX: (day: string, edge?: 'start' | 'end') => number,
	plot: Box
): Placed['whisker'] {
	const { first, last } = point.asOf;
	if (first === null)
		return { from: Math.max(x - OPEN_WHISKER, plot.left), to: x, open: true, period: false };
	if (last === null)
		return { from: x, to: Math.min(x + OPEN_WHISKER, plot.right), open: true, period: false };
	if (first === last) return undefined;
	if (point.kind === 'flow')
		return { from: round(toX(first)), to: round(toX(last, 'end')), open: false, period: true };
	return { from: x, to: round(toX(last, 'end')), open: false, period: false };
}

/**
 * Moves each marker that would cover one placed before it sideways, a marker's width at a time, alternately right
 * and left, to the nearest place inside the plot where it is clear; the whisker stays on the date.
 */
function nudgeApart(places: Placed[], plot: Box): Placed[] {
	const done: Placed[] = [];
	for (const place of places) {
		let x = place.x;
		// A crowded spot gives up after a few tries: the mark then overlaps, and the table beside lists every value.
		for (let step = 0; step <= MAX_NUDGES; step++) {
			const candidate = round(
				place.x + Math.ceil(step / 2) * (MARKER + 2) * (step % 2 === 1 ? 1 : -1)
			);
			const inPlot = candidate >= plot.left + MARKER / 2 && candidate <= plot.right - MARKER / 2;
			if (inPlot && !done.some((other) => covers(candidate, place.y, other))) {
				x = candidate;
				break;
			}
		}
		done.push({ ...place, x });
	}
	return done;
}

const MAX_NUDGES = 12;

/** What a placed point covers, for labels to keep clear of. */
function coveredBy(place: Placed): { marker: Box; bar: Box; whisker: Box | undefined } {
	const { x, y, barTop, barBottom, whisker } = place;
	return {
		marker: markerBox(x, y),
		bar: { left: x - BAND_HALF_WIDTH, right: x + BAND_HALF_WIDTH, top: barTop, bottom: barBottom },
		whisker: whisker && { left: whisker.from, right: whisker.to, top: y - 3, bottom: y + 3 },
	};
}

function covers(x: number, y: number, other: Placed): boolean {
	return Math.abs(x - other.x) < MARKER + 1 && Math.abs(y - other.y) < MARKER + 1;
}

/** The box a marker of any shape fits in (the star and diamond reach past the circle). */
function markerBox(x: number, y: number): Box {
	const half = (MARKER * 1.3) / 2;
	return { left: x - half, right: x + half, top: y - half, bottom: y + half };
}

function markOf(place: Placed, series: Series, label: PlacedLabel | undefined): ChartMark {
	const { point, x, y, whisker } = place;
	return {
		href: PAGE_PATHS.claims(point.claimId),
		title: `${point.claimantName}, ${asOfPhrase(point)}: ${point.figureText} (${verdictLabel(point.verdict)})`,
		colour: series.colour,
		hollow: series.hollow,
		marker: markerPath(series.shape, x, y, MARKER),
		x,
		y,
		bar: barOf(place),
		arrow:
			point.drawing === 'more-than'
				? d`M${x} ${place.barTop}l${ARROW / 2} ${ARROW}h${-ARROW}Z`
				: point.drawing === 'up-to'
					? d`M${x} ${place.barBottom}l${ARROW / 2} ${-ARROW}h${-ARROW}Z`
					: undefined,
		whisker: whisker && {
			path:
				whisker.open || whisker.period
					? d`M${whisker.from} ${y}H${whisker.to}`
					: d`M${whisker.from} ${y - 3}v6M${whisker.from} ${y}H${whisker.to}M${whisker.to} ${y - 3}v6`,
			open: whisker.open,
			period: whisker.period,
		},
		label: label && { ...label, x: round(label.x), y: round(label.y) },
	};
}

function linksOf(placed: readonly Placed[], marks: readonly ChartMark[]): ChartLink[] {
	const links = new Map<string, ChartLink & { points: Estimate[] }>();
	marks.forEach((mark, index) => {
		const point = placed[index]!.point;
		const link = links.get(mark.href);
		if (link) {
			link.marks.push(mark);
			link.points.push(point);
		} else
			links.set(mark.href, {
				href: mark.href,
				title: mark.title,
				colour: mark.colour,
				marks: [mark],
				points: [point],
			});
	});
	return [...links.values()].map(({ points, ...link }) => ({
		...link,
		title:
			points.length === 1
				? link.title
				: `${points[0]!.claimantName}, ${asOfPhrase(points[0]!)}: ${points.map((point) => point.figureText).join('; ')} (${verdictLabel(points[0]!.verdict)})`,
	}));
}

function barOf({ point, x, y, barTop: top, barBottom: bottom }: Placed): ChartMark['bar'] {
	const cap = CAP_HALF_WIDTH;
	const band = BAND_HALF_WIDTH;
	switch (point.drawing) {
		case 'range':
			return {
				kind: 'range',
				path: d`M${x - cap} ${top}h${2 * cap}M${x} ${top}V${bottom}M${x - cap} ${bottom}h${2 * cap}`,
			};
		case 'band':
			return { kind: 'band', path: d`M${x - band} ${top}h${2 * band}V${bottom}h${-2 * band}Z` };
		case 'more-than':
			return { kind: 'more-than', path: d`M${x} ${y - MARKER / 2}V${top + ARROW}` };
		case 'up-to':
			return { kind: 'up-to', path: d`M${x} ${y + MARKER / 2}V${bottom - ARROW}` };
		default:
			return undefined;
	}
}

/** When a mark's number holds, for its link: "as of 31 Oct 2024", "over Jan–Feb 2025". */
function asOfPhrase(point: Estimate): string {
	const when = formatFuzzyDate(point.asOf).label;
	return point.kind === 'flow' ? `over ${when}` : `as of ${when}`;
}

/** An SVG path with every number rounded to two decimals. */
function d(strings: TemplateStringsArray, ...numbers: number[]): string {
	return String.raw(strings, ...numbers.map(round));
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
