import { z } from 'astro/zod';
import { referenceTo } from './reference.ts';

/** Where a claim appears: a source and the exact words of it that the claim rests on. */
export const CitationSchema = z.strictObject({
	source: referenceTo('sources').describe('Id of the source (a file in content/sources/).'),
	quote: z
		.string()
		.trim()
		.min(1)
		.optional()
		.describe(
			"Words copied verbatim from the source's stored text. Required for a full-text source; for an excerpt-only source with no stored passage on this point, omit it and the page links to the original instead."
		),
	sourceVersion: z
		.string()
		.regex(/^sha256:[0-9a-f]{64}$/, {
			error: 'is not a text hash — copy textHash from the source, e.g. sha256:…',
		})
		.optional()
		.describe(
			"The source's textHash when the quote was taken, so a later edit of the source shows up."
		),
});
