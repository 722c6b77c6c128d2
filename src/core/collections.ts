import { collectionMetaOf } from './schemas/collection-meta.ts';
import {
	COLLECTION_NAMES,
	COLLECTION_SCHEMAS,
	type CollectionName,
} from './schemas/collections.ts';

export { COLLECTION_NAMES, type CollectionName };

/** The files of a collection with a body (Markdown, fields on top) and of one without (YAML). */
const FILE_KINDS = {
	markdown: { pattern: '**/*.md', extensions: ['.md'] },
	yaml: { pattern: '**/*.{yaml,yml}', extensions: ['.yaml', '.yml'] },
} as const;

/** What a collection's schema file says about it. */
export function collectionMeta(collection: CollectionName) {
	return collectionMetaOf(COLLECTION_SCHEMAS[collection], collection);
}

/** Whether a collection's files are Markdown with fields on top (claims, sources) rather than plain YAML. */
export function hasBody(collection: CollectionName): boolean {
	return collectionMeta(collection).body !== undefined;
}

/** A collection's folder (named after it) and which of the files in it belong to it. */
export function collectionFileKind(collection: CollectionName) {
	return { folder: collection, ...FILE_KINDS[hasBody(collection) ? 'markdown' : 'yaml'] };
}
