import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readCacheJson, writeCacheJson } from './cache-files.ts';
import { recipeVersion } from './cache-key.ts';
import { COLLECTION_NAMES, hasBody, type CollectionName } from '../core/collections.ts';
import { collectionFiles } from '../core/content-folders.ts';
import { collectionFields, relaidContentFile } from '../core/yaml/content-layout.ts';

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

/**
 * Every content file under the root that is not in the standard layout. With a memo file, texts found in layout
 * before are not laid out again: at 10,000 claims that took 8 s of every `npm run check`. The memo is keyed by the
 * layout's fields and code, so a change to either starts it afresh.
 */
export function filesOutOfLayout(root: string, memoFile?: string): RelaidFile[] {
	const version = layoutVersion();
	const { relaid, inLayout } = layoutReport(
		root,
		new Set(memoFile ? readMemo(memoFile, version) : [])
	);
	if (memoFile)
		writeCacheJson(memoFile, { version, inLayout } satisfies LayoutMemo, 'The layout memo');
	return relaid;
}

/** The modules that lay a content file out, and all they import (the reader and writer, the field tree). */
export const LAYOUT_CODE = ['src/core/yaml/content-layout.ts'];

/** What decides a file's layout: every collection's fields and file kind, the code that lays files out, the YAML library. */
function layoutVersion(): string {
	return recipeVersion({
		code: LAYOUT_CODE,
		libraries: ['yaml'],
		data: COLLECTION_NAMES.map((collection) => ({
			collection,
			body: hasBody(collection),
			fields: collectionFields(collection),
		})),
	});
}

interface LayoutMemo {
	version: string;
	/** Hashes of file texts found in layout. */
	inLayout: string[];
}

function readMemo(file: string, version: string): string[] {
	const memo = readCacheJson<LayoutMemo>(file);
	return memo?.version === version ? memo.inLayout : [];
}

/**
 * The content files that are not in the standard layout, with it, and those that cannot be laid out without losing
 * something, with the reason; and the hashes of the texts found in layout. Texts whose hash is in `knownInLayout` are
 * not laid out again. Files that are not readable YAML are the content check's to report; they are skipped.
 */
export function layoutReport(
	root: string,
	knownInLayout: ReadonlySet<string> = new Set()
): { relaid: RelaidFile[]; unrelaid: UnrelaidFile[]; inLayout: string[] } {
	const relaid: RelaidFile[] = [];
	const unrelaid: UnrelaidFile[] = [];
	const inLayout: string[] = [];
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
				const original = readFileSync(path, 'utf8');
				const hash = createHash('sha256').update(original).digest('base64url');
				const text = knownInLayout.has(hash) ? undefined : relaidContentFile(collection, original);
				if (text === undefined) inLayout.push(hash);
				else relaid.push({ collection, path, relaid: text });
			} catch (error) {
				unrelaid.push({ path, reason: (error as Error).message });
			}
		}
	}
	return { relaid, unrelaid, inLayout };
}
