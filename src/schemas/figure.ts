import { z } from 'astro/zod';
import { BANDED_QUALIFIERS, FIGURE_QUALIFIERS } from '../lib/figures/figure.ts';
import { anyOf } from '../lib/text/word-list.ts';

/** A number in a claim. A band (BANDED_QUALIFIERS) needs `min` and `max`; the others need `value`. */
export const FigureSchema = z
	.strictObject({
		value: z
			.number()
			.nullable()
			.default(null)
			.describe('The stated number; omit (or null) for a range or vague band.'),
		unit: z
			.string()
			.min(1)
			.describe('What is counted, in the source\'s words: "troops", "rounds".'),
		qualifier: z
			.enum(FIGURE_QUALIFIERS)
			.describe(
				`How the source states the number: ${anyOf(FIGURE_QUALIFIERS)}; a ${anyOf(BANDED_QUALIFIERS)} figure gives min and max instead of value ("dozens" is vague).`
			),
		min: z.number().optional().describe('Lower bound of a range or band.'),
		max: z.number().optional().describe('Upper bound of a range or band.'),
	})
	.superRefine((figure, context) => {
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
	});

/** A number in a claim, as the site reads it: what was counted and how precisely it was stated. */
export type Figure = z.output<typeof FigureSchema>;
