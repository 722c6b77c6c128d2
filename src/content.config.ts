import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, type CollectionName } from './lib/content-folders.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { ClaimantSchema } from './schemas/claimant.ts';
import { PlaceSchema } from './schemas/place.ts';
import { SourceSchema } from './schemas/source.ts';

// Folders and patterns come from the module the content check uses, so the check and the site read the same files.
const claims = defineCollection({
	loader: globLoader('claims'),
	schema: ClaimSchema,
});

const claimants = defineCollection({
	loader: globLoader('claimants'),
	schema: ClaimantSchema,
});

const sources = defineCollection({
	loader: globLoader('sources'),
	schema: SourceSchema,
});

const places = defineCollection({
	loader: globLoader('places'),
	schema: PlaceSchema,
});

/** The glob loader over one collection's folder under the content root. */
function globLoader(collection: CollectionName) {
	const { base, pattern } = collectionFiles(collection);
	return glob({ base, pattern });
}

export const collections = { claims, claimants, sources, places };
