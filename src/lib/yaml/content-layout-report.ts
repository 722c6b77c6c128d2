import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { COLLECTION_NAMES, collectionFiles, type CollectionName } from '../content-folders.ts';
import { hasBody } from '../collections.ts';
import { libraryVersion } from '../library-version.ts';
import { collectionFields, relaidContentFile } from './content-layout.ts';

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
	const memo = memoFile ? readMemo(memoFile, version) : new Set<string>();
	const inLayout = new Set<string>();
	const { relaid } = layoutReport(root, (text) => {
		const key = createHash('sha256').update(text).digest('base64url');
		if (memo.has(key)) {
			inLayout.add(key);
			return true;
		}
		return (laidOut) => {
			if (laidOut) inLayout.add(key);
		};
	});
	if (memoFile) {
		mkdirSync(dirname(memoFile), { recursive: true });
		writeFileSync(memoFile, JSON.stringify({ version, inLayout: [...inLayout] }));
	}
	return relaid;
}

/** What decides a file's layout: every collection's fields and file kind, the modules that read and write them, the YAML library. */
function layoutVersion(): string {
	const code = [
		'./content-file.ts',
		'./content-layout.ts',
		'./content-yaml.ts',
		'../schema-fields/field-tree.ts',
	].map((module) => readFileSync(new URL(module, import.meta.url), 'utf8'));
	const fields = COLLECTION_NAMES.map((collection) => ({
		collection,
		body: hasBody(collection),
		fields: collectionFields(collection),
	}));
	return createHash('sha256')
		.update(JSON.stringify({ code, fields, yaml: libraryVersion('yaml') }))
		.digest('base64url');
}

function readMemo(file: string, version: string): Set<string> {
	try {
		const memo = JSON.parse(readFileSync(file, 'utf8')) as { version: string; inLayout: string[] };
		return new Set(memo.version === version ? memo.inLayout : []);
	} catch {
		return new Set();
	}
}

/**
 * The content files that are not in the standard layout, with it, and those that cannot be laid out without losing
 * something, with the reason. Files that are not readable YAML are the content check's to report; they are skipped.
 */
export function layoutReport(
	root: string,
	// Before a file is laid out: true when it is known to be in layout, or a callback told whether it was.
	known: (text: string) => true | ((laidOut: boolean) => void) = () => () => undefined
): { relaid: RelaidFile[]; unrelaid: UnrelaidFile[] } {
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
				const original = readFileSync(path, 'utf8');
				const seen = known(original);
				if (seen === true) continue;
				const text = relaidContentFile(collection, original);
				seen(text === undefined);
				if (text !== undefined) relaid.push({ collection, path, relaid: text });
			} catch (error) {
				unrelaid.push({ path, reason: (error as Error).message });
			}
		}
	}
	return { relaid, unrelaid };
}
