import { z } from 'astro/zod';
import { RELATION_TYPES } from '../relations/relation-types.ts';
import { anyOf } from '../text/word-list.ts';
import { referenceTo } from './reference.ts';

/** A link from this claim to another, of one of the RELATION_TYPES. */
export const RelationSchema = z.strictObject({
	type: z
		.enum(RELATION_TYPES)
		.describe(`How this claim bears on the other: ${anyOf(RELATION_TYPES)}.`),
	claim: referenceTo('claims').describe('Id of the other claim.'),
});
