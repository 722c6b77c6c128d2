import { z } from 'astro/zod';
import { CLAIM_KINDS, describeClaimKinds } from '../claims/claim-kinds.ts';
import { EVIDENCE_BEARINGS } from '../claims/evidence-bearings.ts';
import { FIGURE_QUALIFIERS } from '../figures/figure.ts';
import { RELATION_TYPES } from '../relations/relation-types.ts';
import { RETRACTED_BY } from '../statuses/statuses.ts';
import { STATUSES } from '../statuses/statuses.ts';
import { anyOf } from '../text/word-list.ts';
import {
	claimContentJsonShape,
	claimHeadJsonShape,
	claimsDocumentSchema,
	claimTailJsonShape,
	EdtfTextSchema,
	figureJsonSchema,
	relationJsonSchema,
	text,
} from './claims-json-parts.ts';
import { IdSchema } from './id.ts';

/**
 * Version of the `/claims.json` shape; bump it, keep the old shape available, and add a changelog entry to README
 * ("The data") when a field changes meaning.
 */
export const CLAIMS_JSON_SCHEMA_VERSION = 3;

const StatusChangeJsonSchema = z.strictObject({
	date: EdtfTextSchema.describe('When the claim took this status, as an EDTF date string.'),
	status: z
		.enum(STATUSES)
		.describe('The status the claim took on at this date; it differs from the entry before.'),
	note: text('One sentence, in the editor’s words, saying why the status changed.'),
	source: IdSchema.optional().describe(
		'Id of the source that is the evidence for the change; absent when there is none.'
	),
	retractedBy: z
		.enum(RETRACTED_BY)
		.optional()
		.describe('For a withdrawal only: who retracted the claim, its claimant or its source.'),
});

const EvidenceJsonSchema = z.strictObject({
	date: EdtfTextSchema.describe('When the report appeared, as an EDTF date string.'),
	source: IdSchema.describe('Id of the source, a published report.'),
	bearing: z
		.enum(EVIDENCE_BEARINGS)
		.describe(`How the report bears on the claim: ${anyOf(EVIDENCE_BEARINGS)}.`),
	note: text('One sentence, in the editor’s words, stating only what the report says.'),
});

/** A figure in version 3: the number as stated, what it counts (its measure) and when it holds. */
const FigureJsonSchema = figureJsonSchema(FIGURE_QUALIFIERS).extend({
	measure: IdSchema.describe(
		'Id of the measure: what exactly the number counts, described in /measures.json. Only figures of one measure are comparable.'
	),
	asOf: EdtfTextSchema.describe(
		'When the number holds (a measure at a date) or the period it covers (a measure over a period), as an EDTF date string; the claim’s event date, else its claimed date, unless the figure says otherwise.'
	),
});

/** A claim of versions 2 and 3, which differ only in their figures. */
export function claimJsonSchema<Figure extends z.ZodType>(figure: Figure) {
	return z.strictObject({
		...claimHeadJsonShape,
		kind: z.enum(CLAIM_KINDS).describe(`${describeClaimKinds()}.`),
		...claimContentJsonShape(figure),
		status: z
			.enum(STATUSES)
			.nullable()
			.describe(
				'The current status of a fact or prediction: the status of the last statusHistory entry; null for an opinion.'
			),
		statusSince: EdtfTextSchema.nullable().describe(
			'The date of the last status change, as an EDTF date string; null for an opinion.'
		),
		whyNotRated: z
			.string()
			.min(1)
			.nullable()
			.describe(
				'For an opinion, one sentence saying why it is not rated; null for a fact or prediction.'
			),
		reviewed: EdtfTextSchema.nullable().describe(
			'The day an editor last checked the claim against the latest reporting; null when never since it was recorded.'
		),
		statusHistory: z
			.array(StatusChangeJsonSchema)
			.describe('Each change of status, oldest first; empty for an opinion.'),
		evidence: z
			.array(EvidenceJsonSchema)
			.describe('Later reports that bear on the claim without changing its status, oldest first.'),
		...claimTailJsonShape(relationJsonSchema(RELATION_TYPES)),
	});
}

/** The public `/claims.json` document: every published claim, sorted by id; the JSON Schema is generated from it. */
export const ClaimsJsonSchema = claimsDocumentSchema(
	CLAIMS_JSON_SCHEMA_VERSION,
	claimJsonSchema(FigureJsonSchema),
	{
		title: 'Claims tracker: claims.json',
		description:
			'Every published claim record: who said what, when, with which figures (each with the measure it counts and the date it holds), what sort of claim it is, its status and dated status changes (facts and predictions) or why it is not rated (opinions), the evidence log, and the verbatim quotes it rests on. Dates are EDTF (ISO 8601-2 level 1) strings.',
		claims: 'Every published claim, sorted by id.',
	}
);
