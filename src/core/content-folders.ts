import { join } from 'node:path';
import { COLLECTION_NAMES, collectionFileKind, type CollectionName } from './collections.ts';

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
	const { folder, pattern, extensions } = collectionFileKind(collection);
	return { base: join(root, folder), pattern, extensions };
}

/** The ledger of every page URL ever published, one path per line, kept under the content root. */
export function publishedLedgerPath(root: string = contentRoot()): string {
	return join(root, 'published-urls.txt');
}
