import { z } from 'astro/zod';
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

// A published contract is frozen: these lists are the ones version 1 was published with, deliberately not derived
// from the current lists, which have grown since (src/site/export/claims-json-v1.ts maps new values onto them).

/** The statuses of claims.json version 1. */
export const V1_STATUSES = [
	'claimed',
	'corroborated',
	'confirmed',
	'disputed',
	'refuted',
	'withdrawn',
] as const;

/** The figure qualifiers of claims.json version 1. */
export const V1_FIGURE_QUALIFIERS = [
	'exact',
	'about',
	'more-than',
	'up-to',
	'range',
	'vague',
] as const;

/** The relation types of claims.json version 1. */
export const V1_RELATION_TYPES = [
	'contradicts',
	'corroborates',
	'updates',
	'supersedes',
	'relates-to',
] as const;

const StatusChangeV1JsonSchema = z.strictObject({
	date: EdtfTextSchema.describe(
		'When the evidence for this status appeared, as an EDTF date string.'
	),
	status: z.enum(V1_STATUSES).describe('The status the claim took on at this date.'),
	note: text('One sentence, in the editor’s words, saying why the status changed.'),
	source: IdSchema.optional().describe(
		'Id of the source that is the evidence (see the claim’s sources); absent when there is none.'
	),
});

const ClaimV1JsonSchema = z.strictObject({
	...claimHeadJsonShape,
	...claimContentJsonShape(figureJsonSchema(V1_FIGURE_QUALIFIERS)),
	status: z
		.enum(V1_STATUSES)
		.describe('The current status: the status of the last statusHistory entry.'),
	statusHistory: z
		.array(StatusChangeV1JsonSchema)
		.min(1)
		.describe('Every status the claim has had, oldest first.'),
	...claimTailJsonShape(relationJsonSchema(V1_RELATION_TYPES)),
});

/** The frozen `/claims.v1.json` document, for consumers of the first published shape; sorted by id. */
export const ClaimsJsonV1Schema = claimsDocumentSchema(1, ClaimV1JsonSchema, {
	title: 'Claims tracker: claims.v1.json',
	description:
		'Version 1 of the claims document, kept for existing consumers: every published fact and prediction in the first published shape. Opinions, which version 1 cannot express, are left out; statuses and qualifiers added since are mapped onto version 1’s (see README, “Changelog”). Dates are EDTF (ISO 8601-2 level 1) strings.',
	claims: 'Every published fact and prediction, sorted by id.',
});
