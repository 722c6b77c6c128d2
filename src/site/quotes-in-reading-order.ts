import { locateQuote } from '../core/text/locate-quote.ts';
import { markdownParagraphs } from '../core/text/markdown-paragraphs.ts';
import type { ClaimRecord, SourceRecord } from '../core/schemas/records.ts';

/** A quote from a source, with the claim that rests on it and where it sits in the source. */
export interface QuoteInSource {
	claim: ClaimRecord;
	/** Position of the quote in the claim's sources list. */
	position: number;
	quote: string;
	/** 1-based paragraph number in the stored text. */
	paragraph: number;
}

/** Every quote the claims take from one source, in the order the words appear in it (citations without one are left out). */
export function quotesInReadingOrder(
	source: SourceRecord,
	claims: readonly ClaimRecord[]
): QuoteInSource[] {
	const paragraphs = markdownParagraphs(source.body ?? '');
	const located = claims.flatMap((claim) =>
		claim.data.sources.flatMap((citation, position) => {
			const { quote } = citation;
			if (citation.source !== source.id || quote === undefined) return [];
			// The content check guarantees every quote is found; an unlocated one sorts last rather than vanishing.
			const location = locateQuote(quote, paragraphs) ?? {
				paragraph: paragraphs.length,
				offset: 0,
			};
			return [
				{
					claim,
					position,
					quote,
					paragraph: location.paragraph + 1,
					offset: location.offset,
				},
			];
		})
	);
	located.sort(
		(a, b) =>
			a.paragraph - b.paragraph || a.offset - b.offset || a.claim.id.localeCompare(b.claim.id)
	);
	return located.map(({ offset: _offset, ...quote }) => quote);
}
