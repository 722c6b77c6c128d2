import { defineCollection } from 'astro:content';
import { checkedContentLoader } from './loaders/checked-content-loader.ts';
import { ClaimSchema } from './schemas/claim.ts';
import { ClaimantSchema } from './schemas/claimant.ts';
import { PlaceSchema } from './schemas/place.ts';
import { SourceSchema } from './schemas/source.ts';

// The records come from the content check, which has already read, parsed and validated every file.
const claims = defineCollection({
	loader: checkedContentLoader('claims'),
	schema: ClaimSchema,
});

const claimants = defineCollection({
	loader: checkedContentLoader('claimants'),
	schema: ClaimantSchema,
});

const sources = defineCollection({
	loader: checkedContentLoader('sources'),
	schema: SourceSchema,
});

const places = defineCollection({
	loader: checkedContentLoader('places'),
	schema: PlaceSchema,
});

export const collections = { claims, claimants, sources, places };
