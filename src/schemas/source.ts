import { z } from 'astro/zod';
import { IdSchema } from './id.ts';
import { TimestampSchema } from './timestamp.ts';

/** The frontmatter of `content/sources/<id>.md`: a published report; the body is its cleaned text. */
export const SourceSchema = z.strictObject({
	/** The publication: "The Guardian". */
	outlet: z.string().trim().min(1),
	/** Address of the original; empty when the stored copy does not carry one (never guess it). */
	url: z
		.string()
		.default('')
		.refine((url) => url === '' || (URL.canParse(url) && /^https?:/.test(url)), {
			error: 'is not an http(s) URL — paste the address of the original, or leave it empty',
		}),
	headline: z.string().trim().min(1),
	standfirst: z.string().trim().min(1).optional(),
	authors: z.array(z.string().trim().min(1)).default([]),
	/** First publication, with the UTC offset the outlet showed. */
	published: TimestampSchema,
	/** Last update the stored copy shows, if any. */
	updated: TimestampSchema.optional(),
	/** When the stored copy was captured, if known. */
	fetched: TimestampSchema.optional(),
	/** sha256 of the stored text (the body); claims cite it as sourceVersion. `npm run check` prints the right value. */
	/** Where the stored text came from, when `npm run ingest` wrote it. */
	ingest: z
		.strictObject({
			/** File name of the raw article as given to the ingest tool. */
			file: z.string().min(1),
			/** sha256 of the raw article, so a re-run on the same file is recognised. */
			rawHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
			/** Ids of the draft claims it proposed, so a draft an editor deleted is not proposed again. */
			drafts: z.array(IdSchema).default([]),
		})
		.optional(),
	textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, {
		error: 'is not a text hash — run npm run check, which prints the hash of the stored text',
	}),
});

/** A source as the site reads it. */
export type SourceData = z.output<typeof SourceSchema>;
