import { z } from 'astro/zod';
import { parseFuzzyDate } from '../lib/dates/fuzzy-date.ts';

/** An EDTF (ISO 8601-2 level 1) date: `2024-10-18`, `2024-10`, `2024`, `2023-24` (winter), `2024-10-08/2024-10-13`. */
export const EdtfDateSchema = z.preprocess(
	fromYamlScalar,
	z.string({ error: 'is not a date — write an EDTF date such as 2024-10-18, 2024-10 or 2024-10-08/2024-10-13' }).superRefine((value, context) => {
		const result = parseFuzzyDate(value);
		if (!result.ok) {
			context.addIssue({
				code: 'custom',
				message: `${result.reason} — write an EDTF date such as 2024-10-18, 2024-10, 2024, 2023-24 (winter) or 2024-10-08/2024-10-13`,
			});
		}
	})
);

/** YAML reads `2024-10-18` as a Date and `2024` as a number; both are meant as EDTF text. */
function fromYamlScalar(value: unknown): unknown {
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		const iso = value.toISOString();
		return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
	}
	return value;
}
