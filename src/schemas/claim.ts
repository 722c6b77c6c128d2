import { z } from 'astro/zod';
import { CitationSchema } from './citation.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { FigureSchema } from './figure.ts';
import { IdSchema } from './id.ts';
import { RelationSchema } from './relation.ts';
import { StatusChangeSchema } from './status-change.ts';
import { StatusSchema } from './status.ts';

/** The frontmatter of `content/claims/<id>.md`: one checkable, attributed assertion and its record. */
export const ClaimSchema = z.strictObject({
	/** A short headline for lists: who says what. */
	title: z.string().trim().min(1),
	/** The claim in one attributed sentence, in the editor's words. */
	statement: z.string().trim().min(1),
	/** Id of the claimant (a file in content/claimants/). */
	claimant: IdSchema,
	/** When the claim was asserted (EDTF). */
	claimed: EdtfDateSchema,
	/** When the event the claim is about happened (EDTF); omit when the claim is not about an event. */
	event: EdtfDateSchema.optional(),
	/** The numbers in the claim. Default: none. */
	figures: z.array(FigureSchema).default([]),
	/** Places named in the claim, as written in English. Default: none. */
	places: z.array(z.string().trim().min(1)).default([]),
	/** Kebab-case topics for filtering, e.g. troop-numbers. Default: none. */
	topics: z.array(IdSchema).default([]),
	/** The current status: the last entry of statusHistory. */
	status: StatusSchema,
	/** The day an editor last checked the claim against the latest reporting (EDTF day); omit if never since it was recorded. */
	reviewed: EdtfDateSchema.optional(),
	/** Every status the claim has had, oldest first, each with its date, reason and evidence. */
	statusHistory: z.array(StatusChangeSchema).min(1),
	/** Where the claim appears, each with the exact quote it rests on. At least one. */
	sources: z.array(CitationSchema).min(1),
	/** Links to other claims. Default: none. */
	related: z.array(RelationSchema).default([]),
	/** Ids this claim was published under before a rename; each keeps redirecting here. Default: none. */
	aliases: z.array(IdSchema).default([]),
	/** Ingested but not yet reviewed: kept off the published site and claims.json. Default: false. */
	draft: z.boolean().default(false),
});

/** A claim as an editor (or the ingest tool) writes it. */
export type ClaimInput = z.input<typeof ClaimSchema>;

/** A claim as the site reads it, defaults filled in. */
export type ClaimData = z.output<typeof ClaimSchema>;
