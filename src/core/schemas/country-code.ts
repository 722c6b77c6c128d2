import { z } from 'astro/zod';
import { countryName } from '../claimants/country-name.ts';

/** An ISO 3166-1 alpha-2 code Node knows; `fix` ends the error message with what this field wants instead. */
export function countryCodeSchema(fix: string) {
	return z.string().refine((code) => /^[A-Z]{2}$/.test(code) && countryName(code) !== undefined, {
		error: (issue) =>
			`"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code — use two capital letters, ${fix}`,
	});
}
