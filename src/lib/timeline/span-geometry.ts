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
