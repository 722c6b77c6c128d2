import { z } from 'astro/zod';
import { EdtfDateSchema } from './edtf-date.ts';
import { IdSchema } from './id.ts';
import { StatusSchema } from './status.ts';

/** One dated entry of a claim's status history: what the status became, why, and on what evidence. */
export const StatusChangeSchema = z.strictObject({
	/** When the evidence appeared (EDTF). */
	date: EdtfDateSchema,
	status: StatusSchema,
	/** One sentence saying why, in the editor's words. */
	note: z.string().trim().min(1),
	/** Id of the source that is the evidence, when there is one. */
	source: IdSchema.optional(),
});
