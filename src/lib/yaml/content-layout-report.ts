import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { COLLECTION_NAMES, collectionFiles, type CollectionName } from '../content-folders.ts';
import { relaidContentFile } from './content-layout.ts';

/** A content file whose text differs from its standard layout, with that layout. */
export interface RelaidFile {
	collection: CollectionName;
	path: string;
	relaid: string;
}

/**
 * Every content file under the root that is not in the standard layout. Files that cannot be read as fields are left
 * to the content check, which names the problem.
 */
export function filesOutOfLayout(root: string): RelaidFile[] {
	return COLLECTION_NAMES.flatMap((collection) => {
		const { base, extensions } = collectionFiles(collection, root);
		let names: string[];
		try {
			names = readdirSync(base, { recursive: true }) as string[];
		} catch {
			return [];
		}
		return names
			.filter((name) => (extensions as readonly string[]).includes(extname(name)))
			.flatMap((name) => {
				const path = join(base, name);
				try {
					const relaid = relaidContentFile(collection, readFileSync(path, 'utf8'));
					return relaid === undefined ? [] : [{ collection, path, relaid }];
				} catch {
					return [];
				}
			});
	});
}
