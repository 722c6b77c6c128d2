import { z } from 'astro/zod';
import { IdSchema } from './id.ts';

/**
 * Which collection an id field points to; read by the admin's relation pickers. A name, not the registry's type: the
 * registry imports the schemas that refer (`fieldTree` checks the name against it).
 */
export const referenceRegistry = z.registry<{ collection: string }>();

/** The id of a record in `collection` (a file in content/<collection>/). */
export function referenceTo(collection: string) {
	return IdSchema.clone().register(referenceRegistry, { collection });
}
