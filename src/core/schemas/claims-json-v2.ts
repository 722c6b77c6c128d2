import { FIGURE_QUALIFIERS } from '../figures/figure.ts';
import { claimsDocumentSchema, figureJsonSchema } from './claims-json-parts.ts';
import { claimJsonSchema } from './claims-json.ts';

/**
 * `/claims.v2.json`: version 2, the shape before figures carried their measure and date, kept for consumers that
 * have not moved to version 3. Its lists are today's, which have not changed since it was published; a unit test
 * holds them to the published ones, so a change to a list freezes version 2's copy here, as version 1's is frozen.
 */
export const ClaimsJsonV2Schema = claimsDocumentSchema(
	2,
	claimJsonSchema(figureJsonSchema(FIGURE_QUALIFIERS)),
	{
		title: 'Claims tracker: claims.v2.json',
		description:
			'Every published claim record in the shape of version 2: who said what, when, with which figures, what sort of claim it is, its status and dated status changes (facts and predictions) or why it is not rated (opinions), the evidence log, and the verbatim quotes it rests on. Dates are EDTF (ISO 8601-2 level 1) strings. Version 3 (/claims.json) adds each figure’s measure and date.',
		claims: 'Every published claim, sorted by id.',
	}
);
