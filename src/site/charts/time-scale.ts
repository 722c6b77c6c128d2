import { SHORT_MONTHS } from '../../core/dates/calendar-names.ts';

/** A labelled mark on the time axis, at the first day of a month. */
export interface TimeTick {
	x: number;
	/** One or two lines: the month, and the year where it starts or the axis does ("Oct", "2024"); or a year alone. */
	lines: string[];
}

/** A calendar axis of whole months, mapped onto pixels. */
export interface TimeScale {
	/** The first day the axis shows, and the day after the last (ISO `YYYY-MM-DD`). */
	start: string;
	end: string;
	/** The pixel position of the start of a day, or of its end (the start of the next day). */
	toPixel: (day: string, edge?: 'start' | 'end') => number;
	ticks: TimeTick[];
}

// Own code rather than d3-scale's scaleUtc: its ticks come from a fixed ladder of intervals that includes weeks and
// days, where this axis must start and end on whole months and name each tick's month and, at January, its year.
/**
 * The axis of whole months that covers every given day, from `left` to `right` pixels, with ticks at month starts
 * every 1, 2, 3 or 6 months, or every so many years: the finest spacing that needs at most `maxTicks` ticks.
 */
export function timeScale(
	days: readonly string[],
	left: number,
	right: number,
	maxTicks: number
): TimeScale {
	if (days.length === 0) throw new RangeError('A time scale needs at least one day to cover');
	const sorted = [...days].sort();
	const firstMonth = monthNumber(sorted[0]!);
	const endMonth = monthNumber(sorted.at(-1)!) + 1;
	const startTime = monthStart(firstMonth);
	const span = monthStart(endMonth) - startTime;
	const toPixel = (day: string, edge: 'start' | 'end' = 'start') =>
		left + ((dayTime(day) + (edge === 'end' ? DAY : 0) - startTime) / span) * (right - left);
	const every = TICK_SPACINGS.find(
		(months) => monthsEvery(firstMonth, endMonth, months).length <= maxTicks
	)!;
	const tickMonths = monthsEvery(firstMonth, endMonth, every);
	return {
		start: isoDay(monthStart(firstMonth)),
		end: isoDay(monthStart(endMonth)),
		toPixel,
		ticks: tickMonths.map((month, position) => ({
			x: left + ((monthStart(month) - startTime) / span) * (right - left),
			lines: tickLines(month, every >= 12 || position === 0 || month % 12 === 0, every >= 12),
		})),
	};
}

const DAY = 86_400_000;
// Months between ticks; the last entries keep a decades-long axis readable.
const TICK_SPACINGS = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200];

/** Months counted from year 0, so that month 0 of every year is a January. */
function monthNumber(day: string): number {
	return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function monthStart(month: number): number {
	return Date.UTC(Math.floor(month / 12), month % 12, 1);
}

function dayTime(day: string): number {
	return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

function monthsEvery(first: number, last: number, every: number): number[] {
	const months = [];
	for (let month = Math.ceil(first / every) * every; month <= last; month += every)
		months.push(month);
	return months;
}

function tickLines(month: number, withYear: boolean, yearOnly: boolean): string[] {
	const year = String(Math.floor(month / 12));
	if (yearOnly) return [year];
	const name = SHORT_MONTHS[month % 12]!;
	return withYear ? [name, year] : [name];
}
