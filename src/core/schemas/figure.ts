import { z } from 'astro/zod';
import { BANDED_QUALIFIERS, FIGURE_QUALIFIERS } from '../figures/figure.ts';
import { anyOf } from '../text/word-list.ts';
import { EdtfDateSchema } from './edtf-date.ts';
import { referenceTo } from './reference.ts';

/** The fields of a number as stated: how many, in the source's words, how precisely. */
const statedFields = {
	value: z
		.number()
		.nullable()
		.default(null)
		.describe('The stated number; omit (or null) for a range or vague band.'),
	unit: z.string().min(1).describe('What is counted, in the source\'s words: "troops", "rounds".'),
	qualifier: z
		.enum(FIGURE_QUALIFIERS)
		.describe(
			`How the source states the number: ${anyOf(FIGURE_QUALIFIERS)}; a ${anyOf(BANDED_QUALIFIERS)} figure gives min and max instead of value ("dozens" is vague).`
		),
	min: z.number().optional().describe('Lower bound of a range or band.'),
	max: z.number().optional().describe('Upper bound of a range or band.'),
};

/** A band (BANDED_QUALIFIERS) needs `min` and `max`; the others need `value`. */
function checkStated(figure: StatedFigure, context: z.core.$RefinementCtx) {
	const { value, qualifier, min, max } = figure;
	const banded = BANDED_QUALIFIERS.includes(qualifier);
	if (banded && (min === undefined || max === undefined)) {
		context.addIssue({
			code: 'custom',
			path: [min === undefined ? 'min' : 'max'],
			message: `is missing — a ${qualifier} figure needs both min and max`,
		});
	}
	if (!banded && value === null) {
		context.addIssue({
			code: 'custom',
			path: ['value'],
			message: `is missing — an ${qualifier} figure needs a value; use qualifier ${anyOf(BANDED_QUALIFIERS)} for a band`,
		});
	}
	if (qualifier === 'vague' && value !== null) {
		context.addIssue({
			code: 'custom',
			path: ['value'],
			message: 'is set on a vague figure — remove value and describe the band with min and max',
		});
	}
	if (min !== undefined && max !== undefined && min > max) {
		context.addIssue({
			code: 'custom',
			path: ['min'],
			message: `${min} is greater than max (${max}) — swap them or correct one`,
		});
	}
}

/** A number as a sentence states it, before an editor (or the ingest) says which measure it counts. */
export const StatedFigureSchema = z.strictObject(statedFields).superRefine(checkStated);

/** A number in a claim: as stated, what it counts (its measure) and when it holds. */
export const FigureSchema = z
	.strictObject({
		...statedFields,
		measure: referenceTo('measures').describe(
			'Id of the measure: what exactly the number counts (a file in content/measures/). Only figures of one measure are compared.'
		),
		asOf: EdtfDateSchema.optional().describe(
			"When the number holds (a measure at a date) or the period it covers (a measure over a period), EDTF; omit when that is the claim's event date, or its claimed date when it has none."
		),
	})
	.superRefine(checkStated);

/** A number in a claim, as the site reads it: what was counted, when, and how precisely it was stated. */
export type Figure = z.output<typeof FigureSchema>;

/** A number as a sentence states it, before an editor (or the ingest) says which measure it is. */
export type StatedFigure = z.output<typeof StatedFigureSchema>;
