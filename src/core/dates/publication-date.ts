import { dateSortKey } from './date-order.ts';
import { formatFuzzyDate } from './format-fuzzy-date.ts';
import { formatTimestamp, isTimestampWithOffset } from './format-timestamp.ts';
import { parseFuzzyDate, toFuzzyDate } from './fuzzy-date.ts';

/**
 * When a source was published: an ISO timestamp with offset when the stored copy shows the time, otherwise an EDTF
 * date as precise as is known (`2024-10-23`, `2025-02~`, `2025?`).
 */
export function isPublicationDate(value: string): boolean {
	return isTimestampWithOffset(value) || parseFuzzyDate(value).ok;
}

/** "18 Oct 2024, 09:51 UTC−04:00" for a timestamp, "about Feb 2025" for a fuzzy date. */
export function formatPublication(value: string): string {
	return isTimestampWithOffset(value)
		? formatTimestamp(value)
		: formatFuzzyDate(toFuzzyDate(value)).label;
}

/** A day to order sources by (`YYYY-MM-DD`), from a timestamp's own calendar day or a fuzzy date's first day. */
export function publicationDay(value: string): string {
	return isTimestampWithOffset(value) ? value.slice(0, 10) : dateSortKey(toFuzzyDate(value));
}
