import { parse, type ParsedEdtf } from 'edtf';

/** A calendar day, month or year, as written in EDTF, with its level-1 qualifiers. */
export interface CalendarPoint {
	year: number;
	/** 1–12 when the precision is month or day. */
	month?: number;
	/** 1–31 when the precision is day. */
	day?: number;
	precision: 'day' | 'month' | 'year';
	/** `~`: the value is an estimate ("around June"). */
	approximate: boolean;
	/** `?`: the source is unsure of the value. */
	uncertain: boolean;
}

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';

/** Where an interval's end is missing: `..` (open, still going) or empty (unknown). */
export type MissingEnd = 'open' | 'unknown';

/** A parsed EDTF date, with inclusive first and last calendar days (ISO `YYYY-MM-DD`, null when unbounded). */
export type FuzzyDate =
	| { kind: 'point'; edtf: string; point: CalendarPoint; first: string; last: string }
	| { kind: 'season'; edtf: string; year: number; season: SeasonName; first: string; last: string }
	| {
			kind: 'interval';
			edtf: string;
			from: CalendarPoint | MissingEnd;
			to: CalendarPoint | MissingEnd;
			first: string | null;
			last: string | null;
	  };

/** A parsed date, or why the text is not one (and, when it is clear, the EDTF it was probably meant to be). */
export type FuzzyDateResult =
	{ ok: true; date: FuzzyDate } | { ok: false; reason: string; suggestion?: string };

const SEASONS: Record<number, SeasonName> = {
	21: 'spring',
	22: 'summer',
	23: 'autumn',
	24: 'winter',
};

/**
 * Parses the subset of EDTF level 1 that claim dates use: a day, month or year (optionally `~`, `?`, `%`),
 * a season (21–24), or an interval of those with open (`..`) or unknown (empty) ends.
 */
export function parseFuzzyDate(edtf: string): FuzzyDateResult {
	// Parsing is costly (a general EDTF grammar) and the same dates recur across thousands of pages.
	const cached = parsedDates.get(edtf);
	if (cached) return cached;
	const result = parseUncached(edtf);
	parsedDates.set(edtf, result);
	return result;
}

const parsedDates = new Map<string, FuzzyDateResult>();

function parseUncached(edtf: string): FuzzyDateResult {
	let parsed: ParsedEdtf;
	try {
		parsed = parse(edtf, { level: 1 });
	} catch {
		const reason = `"${edtf}" is not a valid EDTF date`;
		const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(edtf);
		if (!dayFirst) return { ok: false, reason };
		const [, day, month, year] = dayFirst as unknown as [string, string, string, string];
		return {
			ok: false,
			reason,
			suggestion: `write it year first: ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`,
		};
	}
	if (parsed.type === 'Season') return seasonFrom(edtf, parsed);
	if (parsed.type === 'Interval') return intervalFrom(edtf, parsed);
	if (parsed.type === 'Date') {
		const point = pointFrom(parsed);
		if (!point.ok) return point;
		return {
			ok: true,
			date: { kind: 'point', edtf, point: point.point, ...boundsOf(point.point) },
		};
	}
	return {
		ok: false,
		reason: `"${edtf}" is an EDTF ${parsed.type.toLowerCase()}, which claim dates do not use`,
	};
}

/** Parses a date known to be valid (the schemas have checked it); throws otherwise. */
export function toFuzzyDate(edtf: string): FuzzyDate {
	const result = parseFuzzyDate(edtf);
	if (!result.ok) throw new Error(result.reason);
	return result.date;
}

/** Meteorological seasons, northern hemisphere: winter 2023 runs from December 2023 to February 2024. */
function seasonFrom(edtf: string, parsed: ParsedEdtf): FuzzyDateResult {
	const [year, code] = parsed.values as [number, number];
	const season = SEASONS[code];
	if (!season)
		return {
			ok: false,
			reason: `"${edtf}" uses season code ${code}; use 21 spring, 22 summer, 23 autumn or 24 winter`,
		};
	const firstMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
	const first = isoDay(year, firstMonth, 1);
	const last =
		season === 'winter'
			? isoDay(year + 1, 2, daysInMonth(year + 1, 2))
			: isoDay(year, firstMonth + 2, daysInMonth(year, firstMonth + 2));
	return { ok: true, date: { kind: 'season', edtf, year, season, first, last } };
}

function intervalFrom(edtf: string, parsed: ParsedEdtf): FuzzyDateResult {
	const ends: Array<CalendarPoint | MissingEnd> = [];
	for (const [index, value] of parsed.values.entries()) {
		if (value === null || typeof value === 'number') {
			ends.push(edtf.split('/')[index] === '..' ? 'open' : 'unknown');
			continue;
		}
		if (value.type !== 'Date')
			return {
				ok: false,
				reason: `"${edtf}" has an interval end that is not a day, month or year`,
			};
		const point = pointFrom(value);
		if (!point.ok) return point;
		ends.push(point.point);
	}
	const [from, to] = ends as [CalendarPoint | MissingEnd, CalendarPoint | MissingEnd];
	const first = typeof from === 'string' ? null : boundsOf(from).first;
	const last = typeof to === 'string' ? null : boundsOf(to).last;
	if (first === null && last === null)
		return { ok: false, reason: `"${edtf}" has neither a start nor an end` };
	if (first !== null && last !== null && first > last)
		return { ok: false, reason: `"${edtf}" ends before it starts` };
	return { ok: true, date: { kind: 'interval', edtf, from, to, first, last } };
}

function pointFrom(
	parsed: ParsedEdtf
): { ok: true; point: CalendarPoint } | { ok: false; reason: string } {
	if (parsed.unspecified)
		return {
			ok: false,
			reason:
				'unspecified digits (X) are not used here; write a coarser date instead, e.g. 2024 for "some time in 2024"',
		};
	if (parsed.values.length > 3)
		return {
			ok: false,
			reason: 'claim dates have no time of day; write the day alone, e.g. 2024-10-18',
		};
	const [year, monthIndex, day] = parsed.values as [number, number?, number?];
	const point: CalendarPoint = {
		year,
		precision: day !== undefined ? 'day' : monthIndex !== undefined ? 'month' : 'year',
		approximate: parsed.approximate === true,
		uncertain: parsed.uncertain === true,
	};
	if (monthIndex !== undefined) point.month = monthIndex + 1;
	if (day !== undefined) point.day = day;
	// The EDTF grammar allows 29 February in any year.
	if (day !== undefined && day > daysInMonth(year, monthIndex! + 1)) {
		return {
			ok: false,
			reason: `${isoDay(year, monthIndex! + 1, day)} is not a day of the calendar (the month has ${daysInMonth(year, monthIndex! + 1)} days)`,
		};
	}
	return { ok: true, point };
}

function boundsOf(point: CalendarPoint): { first: string; last: string } {
	if (point.month === undefined)
		return { first: isoDay(point.year, 1, 1), last: isoDay(point.year, 12, 31) };
	if (point.day === undefined)
		return {
			first: isoDay(point.year, point.month, 1),
			last: isoDay(point.year, point.month, daysInMonth(point.year, point.month)),
		};
	const day = isoDay(point.year, point.month, point.day);
	return { first: day, last: day };
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
