import { z } from 'astro/zod';
import { describeMeasureKinds, MEASURE_KINDS, QUANTITIES } from '../measures/measure-kinds.ts';
import { anyOf } from '../text/word-list.ts';
import { describeCollection } from './collection-meta.ts';
import { IdSchema } from './id.ts';
import { referenceTo } from './reference.ts';

const text = z.string().trim().min(1);

/**
 * The contents of `content/measures/<id>.yaml`: what exactly a figure counts. Two figures are compared, charted or
 * ranged together only when they share a measure, so totals, increments, plans and sub-groups are measures of their
 * own, and a figure whose source does not say which it counts gets a measure that says so.
 */
export const MeasureSchema = describeCollection(
	z.strictObject({
		name: text.describe(
			'A short name, shown beside every number it counts: "Troops deployed to Russia".'
		),
		definition: text.describe(
			'What exactly is counted, in one or two sentences a reader understands: who, where, and what is left out.'
		),
		quantity: z.enum(QUANTITIES).describe(`What one unit is: ${anyOf(QUANTITIES)}.`),
		kind: z.enum(MEASURE_KINDS).describe(`Whether it is a ${describeMeasureKinds()}.`),
		scope: z
			.strictObject({
				who: text.describe('Whose numbers: "North Korean military personnel".'),
				place: referenceTo('places')
					.optional()
					.describe('Id of the place it is counted in (a file in content/places/); omit for none.'),
			})
			.describe('Whom and where it counts.'),
		partOf: z
			.array(referenceTo('measures'))
			.default([])
			.describe(
				'Ids of the measures this one is a part of: killed is part of casualties, troops in Kursk of troops in Russia. Default: none.'
			),
		charted: z
			.boolean()
			.default(false)
			.describe(
				'Whether its estimates get a chart of their own (one measure per chart). Default: false.'
			),
		headline: z
			.number()
			.int()
			.positive()
			.optional()
			.describe(
				'Its place among the measures the front page opens with (1 first); omit for the others.'
			),
		recognise: z
			.array(text)
			.default([])
			.describe(
				'Words of a sentence that mark a figure as this measure ("killed", "dead"): the ingest proposes the measure by them. Default: none.'
			),
		draft: z
			.boolean()
			.default(false)
			.describe(
				'Proposed by the ingest tool and not yet reviewed: no page, and published claims may not use it. Default: false.'
			),
		aliases: z
			.array(IdSchema)
			.default([])
			.describe(
				'Ids this measure was published under before a rename; each keeps redirecting here. Default: none.'
			),
	}),
	{
		record: 'measure',
		admin: {
			label: 'Measures',
			description: 'What the figures count: one measure per chart.',
			identifier: 'name',
			summary: '{{name}}',
			search: ['name', 'recognise'],
			display: '{{name}}',
		},
	}
);

/** A measure as an editor writes it. */
export type MeasureInput = z.input<typeof MeasureSchema>;

/** A measure as the site reads it. */
export type MeasureData = z.output<typeof MeasureSchema>;
