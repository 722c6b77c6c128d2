import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { checkedContentLoader } from './build/loaders/checked-content-loader.ts';
import {
	COLLECTION_NAMES,
	COLLECTION_SCHEMAS,
	type CollectionName,
} from './core/schemas/collections.ts';

/** Each collection keeps its own schema's type, which Astro reads to type the entries pages get. */
type SiteCollections = {
	[C in CollectionName]: { loader: Loader; schema: (typeof COLLECTION_SCHEMAS)[C] };
};

// The records come from the content check, which has already read, parsed and validated every file.
export const collections = Object.fromEntries(
	COLLECTION_NAMES.map((name) => [
		name,
		defineCollection({ loader: checkedContentLoader(name), schema: COLLECTION_SCHEMAS[name] }),
	])
) as SiteCollections;
