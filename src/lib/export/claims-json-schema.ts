import { z } from 'astro/zod';
import { ClaimsJsonSchema } from '../../schemas/claims-json.ts';

/** The JSON Schema (draft 2020-12) of `/claims.json`, generated from ClaimsJsonSchema, with its public URL as `$id`. */
export function buildClaimsJsonSchema(site: string): Record<string, unknown> {
	const { $schema, title, description, ...shape } = z.toJSONSchema(ClaimsJsonSchema, {
		target: 'draft-2020-12',
		// claims.json is what the site writes, so the schema describes the output side of every field.
		io: 'output',
		// A zod construct JSON Schema cannot express must fail the build, not quietly become "anything goes".
		unrepresentable: 'throw',
	});
	return {
		$schema,
		$id: `${site}/schema/claims.schema.json`,
		title,
		description,
		...shape,
	};
}
