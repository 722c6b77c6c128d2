import { join } from 'node:path';

/** The collections under the content root, and which files in each folder belong to them. */
const COLLECTION_FILES = {
	claims: { folder: 'claims', pattern: '**/*.md', extensions: ['.md'] },
	claimants: { folder: 'claimants', pattern: '**/*.{yaml,yml}', extensions: ['.yaml', '.yml'] },
	sources: { folder: 'sources', pattern: '**/*.md', extensions: ['.md'] },
	places: { folder: 'places', pattern: '**/*.{yaml,yml}', extensions: ['.yaml', '.yml'] },
} as const;

export type CollectionName = keyof typeof COLLECTION_FILES;

export const COLLECTION_NAMES = Object.keys(COLLECTION_FILES) as CollectionName[];

/** One empty id set per collection. */
export function emptyFileIds(): Record<CollectionName, Set<string>> {
	return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set<string>()])) as Record<
		CollectionName,
		Set<string>
	>;
}

/** The content root: `content/`, or `CLAIMS_CONTENT_DIR` when a test or the benchmark builds other content. */
export function contentRoot(): string {
	return process.env['CLAIMS_CONTENT_DIR'] ?? 'content';
}

/** Folder, glob pattern and file extensions of one collection under a content root. */
export function collectionFiles(collection: CollectionName, root: string = contentRoot()) {
	const { folder, pattern, extensions } = COLLECTION_FILES[collection];
	return { base: join(root, folder), pattern, extensions };
}

/** The ledger of every page URL ever published, one path per line, kept under the content root. */
export function publishedLedgerPath(root: string = contentRoot()): string {
	return join(root, 'published-urls.txt');
}
