import { z } from 'astro/zod';
import { ClaimsJsonSchema } from '../../core/schemas/claims-json.ts';
import { ClaimsJsonV1Schema } from '../../core/schemas/claims-json-v1.ts';
import { ClaimsJsonV2Schema } from '../../core/schemas/claims-json-v2.ts';
import { MeasuresJsonSchema } from '../../core/schemas/measures-json.ts';

/**
 * The published data documents (README, "The data"): each one's address, the address of its JSON Schema, and the
 * zod schema it conforms to. Older versions of the claims document stay published beside the current one.
 */
export const DATA_DOCUMENTS = {
	claims: {
		path: '/claims.json',
		schemaPath: '/schema/claims.schema.json',
		schema: ClaimsJsonSchema,
	},
	'claims.v2': {
		path: '/claims.v2.json',
		schemaPath: '/schema/claims.v2.schema.json',
		schema: ClaimsJsonV2Schema,
	},
	'claims.v1': {
		path: '/claims.v1.json',
		schemaPath: '/schema/claims.v1.schema.json',
		schema: ClaimsJsonV1Schema,
	},
	measures: {
		path: '/measures.json',
		schemaPath: '/schema/measures.schema.json',
		schema: MeasuresJsonSchema,
	},
} as const;

export type DataDocument = keyof typeof DATA_DOCUMENTS;

/** The JSON Schema (draft 2020-12) of one data document, generated from its zod schema, with its public URL as `$id`. */
export function buildDataDocumentSchema(
	site: string,
	document: DataDocument
): Record<string, unknown> {
	const { schemaPath, schema } = DATA_DOCUMENTS[document];
	const { $schema, title, description, ...shape } = z.toJSONSchema(schema, {
		target: 'draft-2020-12',
		// The documents are what the site writes, so the schema describes the output side of every field.
		io: 'output',
		// A zod construct JSON Schema cannot express must fail the build, not quietly become "anything goes".
		unrepresentable: 'throw',
	});
	return {
		$schema,
		$id: `${site}${schemaPath}`,
		title,
		description,
		...shape,
	};
}
