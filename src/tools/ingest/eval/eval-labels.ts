import { z } from 'astro/zod';
import { ID_PATTERN } from '../../../core/ids/record-ids.ts';

/** What an editor labelled by hand in one article of the evaluation set (`tests/fixtures/ingest-eval/*.labels.json`). */
export const EvalLabelsSchema = z.object({
	shape: z.string().min(1),
	/** The story the article reports, as a short slug: the evaluation reports each story apart. */
	story: z.string().regex(ID_PATTERN, { error: 'story must be a kebab-case slug' }),
	metadata: z.object({
		headline: z.string().min(1),
		outlet: z.string().min(1),
		originalOutlet: z.string().min(1).optional(),
		/** As printed: a timestamp with offset, a wall-clock time without one, or a bare date. */
		published: z.string().min(1),
		authors: z.array(z.string().min(1)),
	}),
	claims: z
		.array(
			z
				.object({
					quote: z.string().min(1),
					/** Every name the article uses for the claimant; a draft naming any of them has the right speaker. */
					speaker: z.array(z.string().min(1)).min(1),
					figures: z.array(z.number()),
					/**
					 * What each of `figures` counts, in order: the id of one of the site's measures (content/measures/), or
					 * "new" when none of them fits and the ingest should propose a draft measure.
					 */
					measures: z.array(z.string().min(1)).optional(),
					claimed: z.string().min(1),
				})
				.refine(
					(claim) => claim.measures === undefined || claim.measures.length === claim.figures.length,
					{
						error: 'measures must name one measure per figure, in the order of figures',
					}
				)
		)
		.min(1),
	acceptable: z.array(z.string().min(1)).default([]),
	furniture: z.array(z.string().min(1)).default([]),
});

export type EvalLabels = z.output<typeof EvalLabelsSchema>;
