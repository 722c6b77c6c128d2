import { z } from 'astro/zod';
import type { CollectionName } from '../lib/content-folders.ts';
import { IdSchema } from './id.ts';

/** Which collection an id field points to; read by the admin's relation pickers. */
export const referenceRegistry = z.registry<{ collection: CollectionName }>();

/** The id of a record in `collection` (a file in content/<collection>/). */
export function referenceTo(collection: CollectionName) {
	return IdSchema.clone().register(referenceRegistry, { collection });
}
