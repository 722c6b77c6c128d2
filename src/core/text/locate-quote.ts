import { normaliseText } from './normalise-text.ts';

/** Where a quote sits in a source: which paragraph, and how far into it (in normalised text). */
export interface QuoteLocation {
	paragraph: number;
	offset: number;
}

/** Finds a quote in a source's paragraphs after normalising both; null when it is not there verbatim. */
export function locateQuote(quote: string, paragraphs: readonly string[]): QuoteLocation | null {
	const wanted = normaliseText(quote);
	if (wanted === '') return null;
	for (const [paragraph, text] of paragraphs.entries()) {
		const offset = normaliseText(text).indexOf(wanted);
		if (offset !== -1) return { paragraph, offset };
	}
	return null;
}
