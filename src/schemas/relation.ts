import { z } from 'astro/zod';
import { RELATION_TYPES } from '../lib/relations/relation-types.ts';
import { referenceTo } from './reference.ts';

/** A link from this claim to another: contradicts, corroborates, updates, supersedes or relates-to. */
export const RelationSchema = z.strictObject({
	type: z
		.enum(RELATION_TYPES)
		.describe(
			'How this claim bears on the other: contradicts, corroborates, updates, supersedes or relates-to.'
		),
	claim: referenceTo('claims').describe('Id of the other claim.'),
});
