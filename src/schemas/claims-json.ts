import { z } from 'astro/zod';
import { parseFuzzyDate } from '../lib/dates/fuzzy-date.ts';
import { CLAIMS_JSON_SCHEMA_VERSION } from '../lib/export/claims-json.ts';
import { FIGURE_QUALIFIERS } from '../lib/figures/figure.ts';
import { RELATION_TYPES } from '../lib/relations/relation-types.ts';
import { STATUSES } from '../lib/statuses/statuses.ts';
import { IdSchema } from './id.ts';

// The export carries dates as text already, so unlike EdtfDateSchema nothing is coerced from YAML scalars.
const EdtfTextSchema = z
	.string()
	.refine((value) => parseFuzzyDate(value).ok, { error: 'is not an EDTF date' });

const text = (description: string) => z.string().min(1).describe(description);

const FigureJsonSchema = z.strictObject({
	value: z
		.number()
		.nullable()
		.describe(
			'The stated number; null for a vague band and for a range given without a central estimate.'
		),
	unit: text('What is counted, in the source’s words, e.g. "troops".'),
	qualifier: z
		.enum(FIGURE_QUALIFIERS)
		.describe(
			'How the number was stated: exact, about, more-than, up-to (with value), range (min–max, optional central value) or vague (a band such as "dozens", min–max, no value).'
		),
	min: z
		.number()
		.optional()
		.describe('Lower bound of a range or vague band; present only when set.'),
	max: z
		.number()
		.optional()
		.describe('Upper bound of a range or vague band; present only when set.'),
});

const StatusChangeJsonSchema = z.strictObject({
	date: EdtfTextSchema.describe(
		'When the evidence for this status appeared, as an EDTF date string.'
	),
	status: z.enum(STATUSES).describe('The status the claim took on at this date.'),
	note: text('One sentence, in the editor’s words, saying why the status changed.'),
	source: IdSchema.optional().describe(
		'Id of the source that is the evidence (see the claim’s sources); absent when there is none.'
	),
});

const CitationJsonSchema = z.strictObject({
	id: IdSchema.describe('Id of the source, a published report.'),
	url: z
		.url()
		.nullable()
		.describe('Address of the original report; null when the stored copy does not carry one.'),
	quote: z
		.string()
		.min(1)
		.nullable()
		.describe(
			'The words of the source the claim rests on, copied verbatim; null when only an excerpt of the source is stored and it holds no passage on this point.'
		),
});

const RelationJsonSchema = z.strictObject({
	type: z
		.enum(RELATION_TYPES)
		.describe('How this claim bears on the other, read from this claim: e.g. contradicts.'),
	claim: IdSchema.describe('Id of the other claim, also in this document.'),
});

const ClaimJsonSchema = z.strictObject({
	id: IdSchema.describe('Permanent id of the claim: lowercase words joined by hyphens.'),
	url: z.url().describe('Absolute URL of the claim’s page.'),
	title: text('Short headline for lists: who says what.'),
	statement: text('The claim in one attributed sentence, in the editor’s words.'),
	claimant: z
		.strictObject({
			id: IdSchema.describe('Permanent id of the claimant.'),
			name: text('Full name of the claimant.'),
		})
		.describe('Who made the claim.'),
	claimed: EdtfTextSchema.describe('When the claim was asserted, as an EDTF date string.'),
	event: EdtfTextSchema.nullable().describe(
		'When the event the claim is about happened, as an EDTF date string; null when the claim is not about a dated event.'
	),
	figures: z.array(FigureJsonSchema).describe('The numbers in the claim, in the order stated.'),
	places: z.array(text('A place, as written in English.')).describe('Places named in the claim.'),
	topics: z
		.array(IdSchema.describe('A kebab-case topic, e.g. troop-numbers.'))
		.describe('Topics for filtering.'),
	status: z
		.enum(STATUSES)
		.describe('The current status: the status of the last statusHistory entry.'),
	statusHistory: z
		.array(StatusChangeJsonSchema)
		.min(1)
		.describe('Every status the claim has had, oldest first.'),
	sources: z
		.array(CitationJsonSchema)
		.min(1)
		.describe('Where the claim appears, each with the quote it rests on.'),
	related: z
		.array(RelationJsonSchema)
		.describe(
			'Links from this claim to others; a relation is declared once, so the other claim does not list it back.'
		),
});

/** The public `/claims.json` document: every published claim, sorted by id; the JSON Schema is generated from it. */
export const ClaimsJsonSchema = z
	.strictObject({
		schemaVersion: z
			.literal(CLAIMS_JSON_SCHEMA_VERSION)
			.describe('Version of this document’s shape; it changes when a field changes meaning.'),
		claims: z.array(ClaimJsonSchema).describe('Every published claim, sorted by id.'),
	})
	.meta({
		title: 'Claims tracker: claims.json',
		description:
			'Every published claim record: who said what, when, with which figures, its dated status history and the verbatim quotes it rests on. Dates are EDTF (ISO 8601-2 level 1) strings.',
	});
