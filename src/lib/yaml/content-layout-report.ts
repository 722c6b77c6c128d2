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

/** A content file the layout leaves as it is, and why (comments it could not keep, an unquoted timestamp, bad YAML). */
export interface UnrelaidFile {
	path: string;
	reason: string;
}

/** Every content file under the root that is not in the standard layout. */
export function filesOutOfLayout(root: string): RelaidFile[] {
	return layoutReport(root).relaid;
}

/**
 * The content files that are not in the standard layout, with it, and those that cannot be laid out without losing
 * something, with the reason. Files that are not readable YAML are the content check's to report; they are skipped.
 */
export function layoutReport(root: string): { relaid: RelaidFile[]; unrelaid: UnrelaidFile[] } {
	const relaid: RelaidFile[] = [];
	const unrelaid: UnrelaidFile[] = [];
	for (const collection of COLLECTION_NAMES) {
		const { base, extensions } = collectionFiles(collection, root);
		let names: string[];
		try {
			names = readdirSync(base, { recursive: true }) as string[];
		} catch {
			continue;
		}
		for (const name of names.filter((name) =>
			(extensions as readonly string[]).includes(extname(name))
		)) {
			const path = join(base, name);
			try {
				const text = relaidContentFile(collection, readFileSync(path, 'utf8'));
				if (text !== undefined) relaid.push({ collection, path, relaid: text });
			} catch (error) {
				unrelaid.push({ path, reason: (error as Error).message });
			}
		}
	}
	return { relaid, unrelaid };
}
