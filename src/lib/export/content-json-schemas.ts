import { z } from 'astro/zod';
import { ClaimSchema } from '../../schemas/claim.ts';
import { ClaimantSchema } from '../../schemas/claimant.ts';
import { PlaceSchema } from '../../schemas/place.ts';
import { SourceSchema } from '../../schemas/source.ts';

const SCHEMAS = {
	claim: ClaimSchema,
	claimant: ClaimantSchema,
	source: SourceSchema,
	place: PlaceSchema,
};

const YAML_RECORDS = new Set(['claimant', 'place']);

/**
 * JSON Schemas (draft 2020-12) of what editors write, generated from the same zod schemas the content check uses, so
 * editors' editors can validate files as they are typed. Fields the schemas read through a conversion (dates, which
 * YAML may read as dates or numbers) are described but accept any value; `npm run check` judges them.
 */
export function contentJsonSchemas(): Record<keyof typeof SCHEMAS, Record<string, unknown>> {
	const entries = Object.entries(SCHEMAS).map(([name, schema]) => [
		name,
		{
			...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
			title: `Claims tracker: ${name} (content/${YAML_RECORDS.has(name) ? `${name}s/<id>.yaml` : `${name}s/<id>.md front matter`})`,
		},
	]);
	return Object.fromEntries(entries) as Record<keyof typeof SCHEMAS, Record<string, unknown>>;
}
