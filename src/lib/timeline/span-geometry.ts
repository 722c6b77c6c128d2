import type { FuzzyDate } from '../dates/fuzzy-date.ts';

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
	changes: Array<{ x: number; status: string }>;
}

/**
 * The track of a claim placed at `placed`, through the status changes given (each with its date): every mark at the
 * middle of its change's date, so a change on the claim's own row lines up with the change's own entry.
 */
export function trackGeometry(
	placed: FuzzyDate,
	changes: ReadonlyArray<{ date: FuzzyDate; status: string }>,
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
