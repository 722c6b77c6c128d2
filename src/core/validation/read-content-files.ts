import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { emptyFileIds, collectionFiles, publishedLedgerPath } from '../content-folders.ts';
import { splitFrontmatter } from '../yaml/content-file.ts';
import { loadContentYaml, yamlSyntaxError } from '../yaml/content-yaml.ts';
import type { Problem } from './problem.ts';

/** The committed list of every page URL the site has published, as read from its file. */
export interface PublishedLedger {
	file: string;
	lines: string[];
}

/** A content file read and its YAML parsed, not yet checked against its schema. */
export interface RawRecord {
	collection: CollectionName;
	/** The file name without its extension: the record's permanent id. */
	id: string;
	/** Path under the content root as given (`content/claims/x.md`), for messages. */
	file: string;
	/** Folder path between the collection folder and the file, '' when the file sits directly in it. */
	subfolder: string;
	data: unknown;
	/** Markdown body, for `.md` files. */
	body?: string;
}

/** What was found under the content root. */
export interface ContentFiles {
	records: RawRecord[];
	problems: Problem[];
	/** Ids of every file, readable or not, so a reference to a broken file is not also reported as unknown. */
	fileIds: Record<CollectionName, Set<string>>;
	/** The ledger of published URLs; undefined when nothing has been published yet. */
	ledger: PublishedLedger | undefined;
}

/**
 * YAML parsed by an earlier run, kept by whoever runs the check (the build keeps it in its cache): `get` gives the
 * data of a text parsed before, `set` keeps a text's data. Parsing is most of the time a check of unchanged files
 * takes, so only changed files are parsed again.
 */
export interface ParsedYamlCache {
	get(text: string): unknown;
	set(text: string, data: unknown): void;
}

/** Reads every file of every collection under the content root; unreadable YAML becomes a problem, not a crash. */
export function readContentFiles(root: string, parsedYaml?: ParsedYamlCache): ContentFiles {
	const records: RawRecord[] = [];
	const problems: Problem[] = [];
	const fileIds = emptyFileIds();
	for (const collection of COLLECTION_NAMES) {
		const { base, extensions } = collectionFiles(collection, root);
		const paths = listFiles(base);
		if (paths === null) {
			problems.push({
				file: base,
				field: '(folder)',
				message: `is missing — create the folder for ${collection}, even if it stays empty`,
			});
			continue;
		}
		for (const path of paths) {
			if (!(extensions as readonly string[]).includes(extname(path))) continue;
			fileIds[collection].add(idOf(base, path));
			const result = readRecord(collection, base, path, parsedYaml);
			if ('problem' in result) problems.push(result.problem);
			else records.push(result.record);
		}
	}
	return { records, problems, fileIds, ledger: readLedger(root) };
}

function readLedger(root: string): PublishedLedger | undefined {
	const file = publishedLedgerPath(root);
	if (!existsSync(file)) return undefined;
	return {
		file,
		lines: readFileSync(file, 'utf8')
			.replace(/^\uFEFF/, '')
			.split(/\r?\n/),
	};
}

/** The file name without its extension. */
function idOf(base: string, path: string): string {
	return basename(relative(base, path), extname(path));
}

function readRecord(
	collection: CollectionName,
	base: string,
	path: string,
	parsedYaml: ParsedYamlCache | undefined
): { record: RawRecord } | { problem: Problem } {
	const file = path;
	const extension = extname(path);
	const id = idOf(base, path);
	const subfolder = dirname(relative(base, path)).replace(/^\.$/, '');
	const text = readFileSync(path, 'utf8');
	if (extension === '.md') {
		const split = splitFrontmatter(text);
		if (!split) {
			return {
				problem: {
					file,
					field: 'frontmatter',
					message: 'is missing — start the file with a line "---", the fields, then another "---"',
				},
			};
		}
		const parsed = parseYaml(split.fields, file, 'frontmatter', 1, parsedYaml);
		if ('problem' in parsed) return parsed;
		return {
			record: {
				collection,
				id,
				file,
				subfolder,
				data: parsed.data,
				body: split.body,
			},
		};
	}
	const parsed = parseYaml(text, file, 'yaml', 0, parsedYaml);
	if ('problem' in parsed) return parsed;
	return { record: { collection, id, file, subfolder, data: parsed.data } };
}

/** `lineOffset` turns a line in the frontmatter into a line in the file (the opening `---` is line 1). */
function parseYaml(
	text: string,
	file: string,
	where: string,
	lineOffset: number,
	parsedYaml: ParsedYamlCache | undefined
): { data: unknown } | { problem: Problem } {
	const kept = parsedYaml?.get(text);
	if (kept !== undefined) return { data: kept };
	try {
		const data = loadContentYaml(text.replace(/^\uFEFF/, '')) ?? {};
		if (typeof data !== 'object' || Array.isArray(data)) {
			return {
				problem: {
					file,
					field: where,
					message: 'is not a set of fields — write one "name: value" per line',
				},
			};
		}
		parsedYaml?.set(text, data);
		return { data };
	} catch (error) {
		const broken = yamlSyntaxError(error);
		if (!broken) throw error;
		const line = broken.line + lineOffset;
		return {
			problem: {
				file,
				field: `${where} (line ${line})`,
				message: `${broken.reason} — fix the YAML there: indent nested fields by the same number of spaces, and quote text that contains ": " or starts with a special character`,
			},
		};
	}
}

function listFiles(folder: string): string[] | null {
	let entries;
	try {
		entries = readdirSync(folder, { withFileTypes: true, recursive: true });
	} catch {
		return null;
	}
	return entries
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
