import type { CollectionName } from '../lib/content-folders.ts';
import { ClaimSchema } from './claim.ts';
import { ClaimantSchema } from './claimant.ts';
import { PlaceSchema } from './place.ts';
import { SourceSchema } from './source.ts';

/** The schema of each collection's files: what the site, the check, the writers and the admin forms read. */
export const COLLECTION_SCHEMAS = {
	claims: ClaimSchema,
	claimants: ClaimantSchema,
	sources: SourceSchema,
	places: PlaceSchema,
} as const satisfies Record<CollectionName, unknown>;
