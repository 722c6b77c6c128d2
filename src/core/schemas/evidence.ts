import { z } from 'astro/zod';
import { EVIDENCE_BEARINGS } from '../claims/evidence-bearings.ts';
import { anyOf } from '../text/word-list.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { referenceTo } from './reference.ts';

/** A later report that bears on a claim without changing its status: one entry of the claim's evidence log. */
export const EvidenceSchema = z.strictObject({
	date: EdtfDateSchema.describe('When the report appeared (EDTF).'),
	source: referenceTo('sources').describe(
		'Id of the source that is the evidence (a file in content/sources/).'
	),
	bearing: z
		.enum(EVIDENCE_BEARINGS)
		.describe(`${anyOf(EVIDENCE_BEARINGS)}: how the report bears on the claim.`),
	note: z
		.string()
		.trim()
		.min(1)
		.describe(
			"One sentence in the editor's words stating only what that source says that bears on the claim."
		),
});

/** An evidence entry as the site reads it. */
export type EvidenceData = z.output<typeof EvidenceSchema>;
