import type { FuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { SHORT_MONTHS } from '../../core/dates/calendar-names.ts';
import type { Status } from '../../core/statuses/statuses.ts';

/** The first and last day a timeline's axis covers. */
export interface TimelineAxis {
	first: string;
	last: string;
}

/** Where a date's bar sits on the axis, in percent, and whether its start or end is unbounded. */
export interface SpanGeometry {
	x: number;
	width: number;
	openStart: boolean;
	openEnd: boolean;
}

const MIN_WIDTH = 0.8;

/** The axis that covers every bounded day of the given dates. */
export function timelineAxis(dates: readonly FuzzyDate[]): TimelineAxis {
	const days = dates
		.flatMap((date) => [date.first, date.last])
		.filter((day): day is string => day !== null)
		.sort();
	return { first: days[0] ?? '1970-01-01', last: days.at(-1) ?? '1970-01-01' };
}

/** Places a fuzzy date on the axis as a bar from its first to its last day; a single day still gets a visible width. */
export function spanGeometry(date: FuzzyDate, axis: TimelineAxis): SpanGeometry {
	const start = toTime(axis.first);
	const total = Math.max(toTime(axis.last) + DAY - start, DAY);
	const from = date.first === null ? start : toTime(date.first);
	const to = (date.last === null ? toTime(axis.last) : toTime(date.last)) + DAY;
	const x = Math.min(((from - start) / total) * 100, 100 - MIN_WIDTH);
	const width = Math.min(Math.max(((to - from) / total) * 100, MIN_WIDTH), 100 - x);
	return {
		x: round(x),
		width: round(width),
		openStart: date.first === null,
		openEnd: date.last === null,
	};
}

const DAY = 86_400_000;

function toTime(day: string): number {
	return Date.parse(`${day}T00:00:00Z`);
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** A claim's track on the axis: from where the claim is placed to its last status change, with a mark at each change. */
export interface TrackGeometry {
	/** Where the track runs, in percent; `to` equals `from` when the claim never changed status. */
	from: number;
	to: number;
	changes: Array<{ x: number; status: Status }>;
}

/**
 * The track of a claim placed at `placed`, through the status changes given (each with its date): every mark at the
 * middle of its change's date, so a change on the claim's own row lines up with the change's own entry.
 */
export function trackGeometry(
	placed: FuzzyDate,
	changes: ReadonlyArray<{ date: FuzzyDate; status: Status }>,
	axis: TimelineAxis
): TrackGeometry {
	const start = spanGeometry(placed, axis);
	const marks = changes.map(({ date, status }) => {
		const span = spanGeometry(date, axis);
		return { x: round(span.x + span.width / 2), status };
	});
	const from = round(start.x + start.width / 2);
	return { from, to: marks.reduce((far, mark) => Math.max(far, mark.x), from), changes: marks };
}

/** A month boundary on the axis: a gridline, and on some a label. */
export interface AxisTick {
	/** Where the month starts, in percent of the axis. */
	x: number;
	/** Every month gets a gridline; only quarter starts are drawn on a phone, where months would crowd. */
	quarter: boolean;
	/** "Oct 2024" on January and the first labelled month, else "Oct"; undefined for an unlabelled month. */
	label: string | undefined;
}

/** How near the axis's ends a label may be centred, in percent: a label "Jan 2025" must fit on a phone. */
const LABEL_MARGIN = 8;

/**
 * The months the axis crosses, as gridlines, labelled every `labelEvery` months (counted from January, so the
 * labels fall on the same months on every page) with the year on the first label and on each January; no label is
 * centred so near an end that it would be cut off.
 */
export function axisTicks(axis: TimelineAxis, labelEvery: number): AxisTick[] {
	const start = toTime(axis.first);
	const total = Math.max(toTime(axis.last) + DAY - start, DAY);
	const ticks: AxisTick[] = [];
	let [year, month] = axis.first.split('-').map(Number) as [number, number];
	let labelled = 0;
	for (;;) {
		month += 1;
		if (month === 13) [year, month] = [year + 1, 1];
		const time = Date.UTC(year, month - 1, 1);
		if (time >= start + total) return ticks;
		const x = round(((time - start) / total) * 100);
		const wanted = (month - 1) % labelEvery === 0 && x >= LABEL_MARGIN && x <= 100 - LABEL_MARGIN;
		ticks.push({
			x,
			quarter: (month - 1) % 3 === 0,
			label: wanted
				? `${SHORT_MONTHS[month - 1]}${labelled++ === 0 || month === 1 ? ` ${year}` : ''}`
				: undefined,
		});
	}
}
