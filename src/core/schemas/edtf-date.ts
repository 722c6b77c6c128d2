import { z } from 'astro/zod';
import { parseFuzzyDate } from '../dates/fuzzy-date.ts';
import { UnquotedDate } from '../yaml/content-yaml.ts';

/** An EDTF (ISO 8601-2 level 1) date: `2024-10-18`, `2024-10`, `2024`, `2023-24` (winter), `2024-10-08/2024-10-13`. */
export const EdtfDateSchema = z.preprocess(
	fromYamlScalar,
	z
		.string({
			error:
				'is not a date — write an EDTF date such as 2024-10-18, 2024-10 or 2024-10-08/2024-10-13',
		})
		.superRefine((value, context) => {
			const result = parseFuzzyDate(value);
			if (!result.ok) {
				context.addIssue({
					code: 'custom',
					message: `${result.reason} — ${result.suggestion ?? 'write an EDTF date such as 2024-10-18, 2024-10, 2024, 2023-24 (winter) or 2024-10-08/2024-10-13'}`,
				});
			}
		})
);

/**
 * YAML reads `2024` as a number and `2024-10-18` as a date (a Date in Astro, an UnquotedDate in the content check,
 * which keeps the text so `2024-13-01` is not read as 1 January 2025); all are meant as EDTF text.
 */
function fromYamlScalar(value: unknown): unknown {
	if (value instanceof UnquotedDate) return value.text;
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	return value;
}
