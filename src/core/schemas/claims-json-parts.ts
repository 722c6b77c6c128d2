import { z } from 'astro/zod';
import { parseFuzzyDate } from '../dates/fuzzy-date.ts';
import { IdSchema } from './id.ts';

// The building blocks every version of the claims document shares; what differs between versions (the lists of
// statuses and qualifiers, the claim's fields) is defined in each version's own module.

/** A date as the export carries it: EDTF text, never coerced from YAML scalars as EdtfDateSchema is. */
export const EdtfTextSchema = z
	.string()
	.refine((value) => parseFuzzyDate(value).ok, { error: 'is not an EDTF date' });

/** Non-empty text with its description. */
export const text = (description: string) => z.string().min(1).describe(description);

/** A figure, with the qualifiers of one version of the document. */
export function figureJsonSchema<const Qualifiers extends readonly [string, ...string[]]>(
	qualifiers: Qualifiers
) {
	return z.strictObject({
		value: z
			.number()
			.nullable()
			.describe(
				'The stated number; null for a vague band and for a range given without a central estimate.'
			),
		unit: text('What is counted, in the source’s words, e.g. "troops".'),
		qualifier: z
			.enum(qualifiers)
			.describe(
				`How the number was stated: ${qualifiers.join(', ')}. range has min–max and an optional central value; vague is a band such as "dozens" (min–max, no value); the others have a value.`
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
}

/** Who made a claim. */
export const ClaimantRefJsonSchema = z
	.strictObject({
		id: IdSchema.describe('Permanent id of the claimant.'),
		name: text('Full name of the claimant.'),
	})
	.describe('Who made the claim.');

/** Where a claim appears. */
export const CitationJsonSchema = z.strictObject({
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

/** A link from one claim to another, with the relation types of one version of the document. */
export function relationJsonSchema<const Types extends readonly [string, ...string[]]>(
	types: Types
) {
	return z.strictObject({
		type: z
			.enum(types)
			.describe('How this claim bears on the other, read from this claim: e.g. contradicts.'),
		claim: IdSchema.describe('Id of the other claim, also in this document.'),
	});
}

/** The fields every version's claim opens with. */
export const claimHeadJsonShape = {
	id: IdSchema.describe('Permanent id of the claim: lowercase words joined by hyphens.'),
	url: z.url().describe('Absolute URL of the claim’s page.'),
	title: text('Short headline for lists: who says what.'),
	statement: text('The claim in one attributed sentence, in the editor’s words.'),
};

/** The fields every version's claim carries about what was said, when and where. */
export function claimContentJsonShape<Figure extends z.ZodType>(figure: Figure) {
	return {
		claimant: ClaimantRefJsonSchema,
		claimed: EdtfTextSchema.describe('When the claim was asserted, as an EDTF date string.'),
		event: EdtfTextSchema.nullable().describe(
			'When the event the claim is about happened, as an EDTF date string; null when the claim is not about a dated event.'
		),
		figures: z
			.array(figure)
			.describe('The numbers in the claim as the claimant gave them, in the order stated.'),
		places: z.array(text('A place, as written in English.')).describe('Places named in the claim.'),
		topics: z
			.array(IdSchema.describe('A kebab-case topic, e.g. troop-numbers.'))
			.describe('Topics for filtering.'),
	};
}

/** The fields every version's claim closes with. */
export function claimTailJsonShape<Relation extends z.ZodType>(relation: Relation) {
	return {
		sources: z
			.array(CitationJsonSchema)
			.min(1)
			.describe('Where the claim appears, each with the quote it rests on.'),
		related: z
			.array(relation)
			.describe(
				'Links from this claim to others; a relation is declared once, so the other claim does not list it back.'
			),
	};
}

/** The document around the claims: its version and title. */
export function claimsDocumentSchema<Claim extends z.ZodType>(
	version: number,
	claim: Claim,
	meta: { title: string; description: string; claims: string }
) {
	return z
		.strictObject({
			schemaVersion: z
				.literal(version)
				.describe('Version of this document’s shape; it changes when a field changes meaning.'),
			claims: z.array(claim).describe(meta.claims),
		})
		.meta({ title: meta.title, description: meta.description });
}
