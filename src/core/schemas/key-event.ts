import { z } from 'astro/zod';
import { describeCollection } from './collection-meta.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { referenceTo } from './reference.ts';

/** How long a key event's line may be: it is drawn as a label on the timeline and the charts. */
export const KEY_EVENT_TITLE_MAX = 90;

/**
 * The contents of `content/events/<id>.yaml`: a dated turn of the story (the first report, first combat, an
 * admission), marked on the timeline and the measure charts so a reader sees what the claims and numbers answer to.
 * Each is sourced like a claim: a stored report and its exact words.
 */
export const KeyEventSchema = describeCollection(
	z.strictObject({
		date: EdtfDateSchema.describe(
			'When it happened (EDTF): "2024-10-18", or "2024-11-12/2024-11-13" over two days.'
		),
		title: z
			.string()
			.trim()
			.min(1)
			.max(KEY_EVENT_TITLE_MAX)
			.describe(
				`What happened, in one line of at most ${KEY_EVENT_TITLE_MAX} characters: "Pyongyang admits sending troops".`
			),
		source: referenceTo('sources').describe(
			'Id of the stored report that tells of it (a file in content/sources/).'
		),
		quote: z
			.string()
			.trim()
			.min(1)
			.optional()
			.describe(
				"The report's own words that tell of it, copied exactly from the source's text; leave it out only for a source stored as excerpts, as for a claim."
			),
		claims: z
			.array(referenceTo('claims'))
			.default([])
			.describe('Ids of the claims it bears on (files in content/claims/). Default: none.'),
	}),
	{
		record: 'key event',
		admin: {
			label: 'Key events',
			description:
				'The turns of the story, marked on the timeline and the charts: one line, dated, with the report that tells of it.',
			identifier: 'title',
			summary: '{{date}} · {{title}}',
			search: ['title'],
			display: '{{date}} · {{title}}',
		},
	}
);

/** A key event as the site reads it. */
export type KeyEventData = z.output<typeof KeyEventSchema>;
