import { looksLikeByline } from './byline-shape.ts';
import { NEWS_TIMESTAMP } from '../time/timestamp-pattern.ts';

/**
 * Splits a scraped line that runs byline, times and first paragraph together — "Pjotr SauerFri 18 Oct 2024 12.35 EDT
 * First published on Fri 18 Oct 2024 09.51 EDTShareSouth Korea’s…" — or undefined when the line is not one.
 */
export function splitBylineRun(text: string): BylineRun | undefined {
	const shown = FIRST_TIMESTAMP.exec(text);
	if (!shown || !hasDate(shown)) return undefined;
	const byline = text.slice(0, shown.index).replace(LAST_MODIFIED, '').trim();
	if (byline !== '' && !looksLikeByline(byline)) return undefined;
	const afterShown = text.slice(shown.index + shown[0].length);
	const firstPublished = FIRST_PUBLISHED.exec(afterShown);
	return {
		byline,
		shownTime: shown[0],
		firstPublishedTime: firstPublished?.[1],
		rest: firstPublished ? afterShown.slice(firstPublished[0].length) : afterShown,
	};
}

interface BylineRun {
	byline: string;
	/** The time shown first: the last update when a first-publication time follows it, else the publication. */
	shownTime: string;
	firstPublishedTime: string | undefined;
	rest: string;
}

const FIRST_TIMESTAMP = new RegExp(NEWS_TIMESTAMP);
const FIRST_PUBLISHED = new RegExp(`^\\s*First published on\\s+(${NEWS_TIMESTAMP})`);
const LAST_MODIFIED = /\s*Last modified on\s*$/;

function hasDate(timestamp: RegExpExecArray): boolean {
	return (timestamp.groups?.['year'] ?? timestamp.groups?.['yearAfter']) !== undefined;
}
