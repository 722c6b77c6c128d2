import { toFuzzyDate, type FuzzyDate } from './fuzzy-date.ts';

/** The day a fuzzy date is placed at when dates are put in order: its first day, or its last when the start is unknown. */
export function dateSortKey(date: FuzzyDate): string {
	return date.first ?? date.last ?? '';
}

/** The last day a fuzzy date can mean (its first when the end is open): by then, it has surely happened. */
export function lastKnownDay(date: FuzzyDate): string {
	return date.last ?? date.first ?? '';
}

/** Compares two fuzzy dates by where they start, then by where they end (shorter spans first). */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
	const byStart = dateSortKey(a).localeCompare(dateSortKey(b));
	if (byStart !== 0) return byStart;
	return (a.last ?? '9999-12-31').localeCompare(b.last ?? '9999-12-31');
}

/** Whether an EDTF date is surely over before another begins: it cannot be on or after it. */
export function endsBefore(edtf: string, other: string): boolean {
	return lastKnownDay(toFuzzyDate(edtf)) < dateSortKey(toFuzzyDate(other));
}
