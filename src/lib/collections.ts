/** The collections under the content root, and which files in each folder belong to them. Free of Node, for pages. */
export const COLLECTION_FILES = {
	claims: { folder: 'claims', pattern: '**/*.md', extensions: ['.md'] },
	claimants: { folder: 'claimants', pattern: '**/*.{yaml,yml}', extensions: ['.yaml', '.yml'] },
	sources: { folder: 'sources', pattern: '**/*.md', extensions: ['.md'] },
	places: { folder: 'places', pattern: '**/*.{yaml,yml}', extensions: ['.yaml', '.yml'] },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

export const COLLECTION_NAMES = Object.keys(COLLECTION_FILES) as CollectionName[];

/** Whether a collection's files are Markdown with fields on top (claims, sources) rather than plain YAML. */
export function hasBody(collection: CollectionName): boolean {
	return COLLECTION_FILES[collection].extensions[0] === '.md';
}
