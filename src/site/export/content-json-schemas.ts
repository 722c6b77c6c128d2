import { z } from 'astro/zod';
import { COLLECTION_NAMES, collectionMeta, hasBody } from '../../core/collections.ts';
import { COLLECTION_SCHEMAS } from '../../core/schemas/collections.ts';

/**
 * JSON Schemas (draft 2020-12) of what editors write, one per collection and named by its record in kebab case
 * (`claim`, `key-event`), generated
 * from the same zod schemas the content check uses, so editors' editors can validate files as they are typed. Fields
 * the schemas read through a conversion (dates, which YAML may read as dates or numbers) are described but accept any
 * value; `npm run check` judges them.
 */
export function contentJsonSchemas(): Record<string, Record<string, unknown>> {
	return Object.fromEntries(
		COLLECTION_NAMES.map((collection) => {
			const { record } = collectionMeta(collection);
			const files = hasBody(collection) ? '<id>.md front matter' : '<id>.yaml';
			return [
				record.replaceAll(' ', '-'),
				{
					...z.toJSONSchema(COLLECTION_SCHEMAS[collection], {
						target: 'draft-2020-12',
						io: 'input',
						unrepresentable: 'any',
					}),
					title: `Claims tracker: ${record} (content/${collection}/${files})`,
				},
			];
		})
	);
}
