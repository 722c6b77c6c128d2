import { z } from 'astro/zod';
import { MEASURE_KINDS, QUANTITIES, describeMeasureKinds } from '../measures/measure-kinds.ts';
import { anyOf } from '../text/word-list.ts';
import { text } from './claims-json-parts.ts';
import { IdSchema } from './id.ts';

/** Version of the `/measures.json` shape; bump it, keep the old shape available, and note it in README's changelog. */
export const MEASURES_JSON_SCHEMA_VERSION = 1;

const MeasureJsonSchema = z.strictObject({
	id: IdSchema.describe(
		'Permanent id of the measure; figures in claims.json name it as their measure.'
	),
	url: z
		.url()
		.describe('Absolute URL of the measure’s page: its definition, chart and every estimate.'),
	name: text('Short name, shown beside every number it counts.'),
	definition: text('What exactly is counted, in one or two sentences.'),
	quantity: z.enum(QUANTITIES).describe(`What one unit is: ${anyOf(QUANTITIES)}.`),
	kind: z.enum(MEASURE_KINDS).describe(`Whether it is a ${describeMeasureKinds()}.`),
	scope: z
		.strictObject({
			who: text('Whose numbers it counts.'),
			place: text('The place it is counted in, as written in English.')
				.nullable()
				.describe('The place it is counted in, as written in English; null for none.'),
		})
		.describe('Whom and where it counts.'),
	partOf: z
		.array(IdSchema)
		.describe('Ids of the measures this one is a part of (killed is part of casualties).'),
	charted: z.boolean().describe('Whether its estimates have a chart of their own on its page.'),
	estimates: z
		.number()
		.int()
		.nonnegative()
		.describe('How many figures of published claims count it.'),
});

/** The public `/measures.json` document: every published measure, sorted by id. */
export const MeasuresJsonSchema = z
	.strictObject({
		schemaVersion: z
			.literal(MEASURES_JSON_SCHEMA_VERSION)
			.describe('Version of this document’s shape; it changes when a field changes meaning.'),
		measures: z.array(MeasureJsonSchema).describe('Every published measure, sorted by id.'),
	})
	.meta({
		title: 'Claims tracker: measures.json',
		description:
			'What the figures in claims.json count: one record per measure, with its definition, whether it counts at a date (stock) or over a period (flow), its scope and the measures it is part of. Two figures are comparable only when they share a measure.',
	});
