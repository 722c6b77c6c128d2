import { z } from 'astro/zod';
import { ClaimsJsonSchema } from '../../schemas/claims-json.ts';
import { ClaimsJsonV1Schema } from '../../schemas/claims-json-v1.ts';

/** The published versions of the claims document: where each is served, and the zod schema it conforms to. */
export const CLAIMS_DOCUMENTS = {
	current: { schemaPath: '/schema/claims.schema.json', schema: ClaimsJsonSchema },
	v1: { schemaPath: '/schema/claims.v1.schema.json', schema: ClaimsJsonV1Schema },
} as const;

/** The JSON Schema (draft 2020-12) of one version of the claims document, generated from its zod schema, with its public URL as `$id`. */
export function buildClaimsJsonSchema(
	site: string,
	version: keyof typeof CLAIMS_DOCUMENTS = 'current'
): Record<string, unknown> {
	const { schemaPath, schema } = CLAIMS_DOCUMENTS[version];
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
