import type { z } from 'astro/zod';
import { ClaimSchema } from './claim.ts';
import { ClaimantSchema } from './claimant.ts';
import { KeyEventSchema } from './key-event.ts';
import { MeasureSchema } from './measure.ts';
import { PlaceSchema } from './place.ts';
import { SourceSchema } from './source.ts';

/**
 * The collections under the content root (`content/<name>/`), each by the schema of its files. This is the one list
 * of collections: the check, the build's loader, the admin forms and the file writers all derive from it, and each
 * schema file says the rest about its collection (`describeCollection`). A new collection is its schema file and a
 * line here.
 */
export const COLLECTION_SCHEMAS = {
	claims: ClaimSchema,
	claimants: ClaimantSchema,
	sources: SourceSchema,
	places: PlaceSchema,
	measures: MeasureSchema,
	events: KeyEventSchema,
} as const;

export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/** The parsed fields of a collection's records (its schema's output). */
export type CollectionData<C extends CollectionName> = z.output<(typeof COLLECTION_SCHEMAS)[C]>;

export function isCollectionName(name: string): name is CollectionName {
	return Object.hasOwn(COLLECTION_SCHEMAS, name);
}
