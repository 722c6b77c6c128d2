import { z } from 'astro/zod';
import { RETRACTED_BY } from '../statuses/statuses.ts';
import { SUPPORTED_STATUSES } from '../statuses/statuses.ts';
import { allOf } from '../text/word-list.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { referenceTo } from './reference.ts';
import { StatusSchema } from './status.ts';

/** One change of a claim's status: what the status became, when, why, and on what evidence. */
export const StatusChangeSchema = z
	.strictObject({
		date: EdtfDateSchema.describe(
			'When the claim took this status (EDTF): the day the evidence appeared, or the day the claim was made if that was later.'
		),
		status: StatusSchema.describe('The status the claim took on this date.'),
		note: z.string().trim().min(1).describe("One sentence saying why, in the editor's words."),
		source: referenceTo('sources')
			.optional()
			.describe(
				// Support must cite another report, a withdrawal the report of the retraction.
				`Id of the source that is the evidence, when there is one; required for ${allOf([...SUPPORTED_STATUSES, 'withdrawn'])}.`
			),
		retractedBy: z
			.enum(RETRACTED_BY)
			.optional()
			.describe(
				'For a withdrawal only: who retracted the claim, its claimant or the source that published it.'
			),
	})
	.superRefine((change, context) => {
		if (change.status === 'withdrawn' && change.retractedBy === undefined) {
			context.addIssue({
				code: 'custom',
				path: ['retractedBy'],
				message: `is missing — a claim is withdrawn only when retracted: write retractedBy: claimant or retractedBy: source, and cite the retraction as source (a claim overtaken by later facts is outdated, not withdrawn)`,
			});
		}
		if (change.status !== 'withdrawn' && change.retractedBy !== undefined) {
			context.addIssue({
				code: 'custom',
				path: ['retractedBy'],
				message: `is only for a withdrawal — remove it, or set status to withdrawn if the claim was retracted`,
			});
		}
	});

/** A status change as the site reads it. */
export type StatusChangeData = z.output<typeof StatusChangeSchema>;
