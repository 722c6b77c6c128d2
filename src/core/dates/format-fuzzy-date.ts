import type { CalendarPoint, FuzzyDate, MissingEnd } from './fuzzy-date.ts';
import { LONG_MONTHS, SHORT_MONTHS } from './calendar-names.ts';

/** A run of text in a formatted date; `datetime` is set when HTML has a machine-readable form for it. */
export interface DatePart {
	text: string;
	datetime?: string;
}

/** A date as people say it ("8–13 Oct 2024", "week of 7 Oct 2024", "winter 2023–24"), split into parts for `<time>`. */
export interface FormattedDate {
	label: string;
	parts: DatePart[];
}

/** Formats a fuzzy date for readers, keeping its imprecision visible. */
export function formatFuzzyDate(date: FuzzyDate): FormattedDate {
	const parts = partsOf(date);
	return { label: parts.map((part) => part.text).join(''), parts };
}

function partsOf(date: FuzzyDate): DatePart[] {
	if (date.kind === 'season') {
		const years =
			date.season === 'winter'
				? `${date.year}–${String(date.year + 1).slice(-2)}`
				: String(date.year);
		return [{ text: `${date.season} ${years}` }];
	}
	if (date.kind === 'point') return [pointPart(date.point, 'full')];
	return intervalParts(date.from, date.to);
}

function intervalParts(
	from: CalendarPoint | MissingEnd,
	to: CalendarPoint | MissingEnd
): DatePart[] {
	if (typeof from === 'string' && typeof to !== 'string') {
		return [{ text: from === 'open' ? 'until ' : 'on or before ' }, pointPart(to, 'full')];
	}
	if (typeof to === 'string' && typeof from !== 'string') {
		return [{ text: to === 'open' ? 'since ' : 'from ' }, pointPart(from, 'full')];
	}
	if (typeof from === 'string' || typeof to === 'string') return [];
	if (samePoint(from, to)) return [pointPart(from, 'full')];
	// A qualified end (`~`, `?`) is spelled out in full, so "about" or "(uncertain)" attaches to the right date.
	const qualified = from.approximate || from.uncertain || to.approximate || to.uncertain;
	const week = qualified ? undefined : isoWeekOf(from, to);
	if (week) return [{ text: 'week of ' }, { text: pointText(from, 'full'), datetime: week }];
	const sameYear = !qualified && from.year === to.year;
	const sameMonth = sameYear && from.month === to.month;
	if (from.precision === 'day' && to.precision === 'day') {
		const fromStyle = sameMonth ? 'day' : sameYear ? 'day-month' : 'full';
		return [
			pointPart(from, fromStyle),
			{ text: fromStyle === 'day' ? '–' : ' – ' },
			pointPart(to, 'full'),
		];
	}
	if (from.precision === 'month' && to.precision === 'month' && sameYear) {
		return [pointPart(from, 'month'), { text: '–' }, pointPart(to, 'full')];
	}
	return [pointPart(from, 'full'), { text: ' – ' }, pointPart(to, 'full')];
}

type PointStyle = 'full' | 'day' | 'day-month' | 'month';

function pointPart(point: CalendarPoint, style: PointStyle): DatePart {
	const text = qualified(point, pointText(point, style));
	return { text, datetime: machineForm(point) };
}

function pointText(point: CalendarPoint, style: PointStyle): string {
	const { year, month, day } = point;
	if (month === undefined) return String(year);
	if (day === undefined)
		return style === 'month' ? LONG_MONTHS[month - 1]! : `${LONG_MONTHS[month - 1]} ${year}`;
	if (style === 'day') return String(day);
	if (style === 'day-month') return `${day} ${SHORT_MONTHS[month - 1]}`;
	return `${day} ${SHORT_MONTHS[month - 1]} ${year}`;
}

function qualified(point: CalendarPoint, text: string): string {
	const approximate = point.approximate ? `about ${text}` : text;
	return point.uncertain ? `${approximate} (uncertain)` : approximate;
}

function machineForm(point: CalendarPoint): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	const year = String(point.year).padStart(4, '0');
	if (point.month === undefined) return year;
	if (point.day === undefined) return `${year}-${pad(point.month)}`;
	return `${year}-${pad(point.month)}-${pad(point.day)}`;
}

function samePoint(a: CalendarPoint, b: CalendarPoint): boolean {
	return (
		a.year === b.year &&
		a.month === b.month &&
		a.day === b.day &&
		a.approximate === b.approximate &&
		a.uncertain === b.uncertain
	);
}

/** "Last week" is written as Monday to Friday (or to Sunday) of one ISO week; name it as that week. */
function isoWeekOf(from: CalendarPoint, to: CalendarPoint): string | undefined {
	if (from.precision !== 'day' || to.precision !== 'day') return undefined;
	const start = Date.UTC(from.year, from.month! - 1, from.day);
	const end = Date.UTC(to.year, to.month! - 1, to.day);
	const spanDays = (end - start) / 86_400_000;
	if (new Date(start).getUTCDay() !== 1 || spanDays < 4 || spanDays > 6) return undefined;
	return isoWeekString(new Date(start));
}

function isoWeekString(monday: Date): string {
	const thursday = new Date(monday.getTime() + 3 * 86_400_000);
	const weekYear = thursday.getUTCFullYear();
	const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
	const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * 86_400_000;
	const week = Math.round((monday.getTime() - firstMonday) / (7 * 86_400_000)) + 1;
	return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
