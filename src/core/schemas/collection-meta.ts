import { z } from 'astro/zod';

/**
 * What a collection's schema file says about the collection besides its fields: whether its files carry a body
 * (Markdown with the fields on top) or are plain YAML, and how the admin names and lists its records.
 */
export interface CollectionMeta {
	/** What one record is called, in lower case ("claim"): in check messages, the admin and its JSON Schema's file name. */
	record: string;
	/** The body under the fields; a collection without one is kept in YAML files. */
	body?: { label: string; hint: string; widget: 'markdown' | 'text' };
	admin: {
		label: string;
		description: string;
		/** The field that names a record in lists. */
		identifier: string;
		/** How a record reads in the collection's list, as a Sveltia template. */
		summary: string;
		/** The fields another record's picker searches. */
		search: readonly string[];
		/** How a record reads in another record's picker. */
		display: string;
	};
}

const collectionMetaRegistry = z.registry<CollectionMeta>();

/** Attaches a collection's description to the schema of its files. */
export function describeCollection<S extends z.ZodType>(schema: S, meta: CollectionMeta): S {
	collectionMetaRegistry.add(schema, meta);
	return schema;
}

/** The description a collection's schema carries; a schema registered without one is a mistake in its file. */
export function collectionMetaOf(schema: z.core.$ZodType, name: string): CollectionMeta {
	const meta = collectionMetaRegistry.get(schema);
	if (!meta)
		throw new Error(
			`The schema of collection "${name}" has no description: wrap it in describeCollection() in its schema file`
		);
	return meta;
}
