import type { z } from 'astro/zod';
import { emptyFileIds } from '../content-folders.ts';
import { COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { COLLECTION_SCHEMAS, type CollectionData } from '../schemas/collections.ts';
import { describeZodIssues } from './describe-zod-issues.ts';
import { fieldPath, type Problem } from './problem.ts';
import type { ContentFiles } from './read-content-files.ts';

/** A record that passed its schema. */
export interface ParsedRecord<Data> {
	id: string;
	file: string;
	subfolder: string;
	data: Data;
	body: string;
}

/** Every collection's records that passed their schemas, by collection (the registry in schemas/collections.ts). */
export type ParsedContent = {
	[Name in CollectionName]: ParsedRecord<CollectionData<Name>>[];
} & {
	/** Ids of every file, including those that failed their schema, so a reference to one is not also reported. */
	fileIds: Record<CollectionName, Set<string>>;
};

/** No records and no files: what the ingest plans against when it writes into an empty content folder. */
export function emptyContent(): ParsedContent {
	return {
		...(Object.fromEntries(
			COLLECTION_NAMES.map((name) => [name, [] as unknown[]])
		) as unknown as Omit<ParsedContent, 'fileIds'>),
		fileIds: emptyFileIds(),
	};
}

/** Checks each raw record against its collection's schema; each failing field becomes one problem. */
export function parseRecords({ records, fileIds }: Pick<ContentFiles, 'records' | 'fileIds'>): {
	content: ParsedContent;
	problems: Problem[];
} {
	const content: ParsedContent = { ...emptyContent(), fileIds };
	const problems: Problem[] = [];
	for (const record of records) {
		const schema: z.ZodType = COLLECTION_SCHEMAS[record.collection];
		const result = schema.safeParse(record.data, { reportInput: true });
		if (!result.success) {
			for (const { path, message } of describeZodIssues(
				result.error.issues,
				(at) => keysAt(schema, at),
				record.collection
			)) {
				problems.push({ file: record.file, field: fieldPath(path) || '(record)', message });
			}
			continue;
		}
		const parsed = {
			id: record.id,
			file: record.file,
			subfolder: record.subfolder,
			data: result.data,
			body: record.body ?? '',
		};
		(content[record.collection] as ParsedRecord<unknown>[]).push(parsed);
	}
	return { content, problems };
}

/** The field names an object schema accepts at a path, for "did you mean" hints on unknown fields. */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
	let current: z.core.$ZodType | undefined = schema;
	for (const key of path) {
		current = unwrap(current);
		const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
		if (def?.type === 'array') current = (def as z.core.$ZodArrayDef).element;
		else if (def?.type === 'object') current = (def as z.core.$ZodObjectDef).shape[String(key)];
		else return [];
	}
	const def = unwrap(current)?._zod.def;
	return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** Looks through optional, default, pipe and effect wrappers to the schema that holds the shape. */
function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
	let current = schema;
	for (;;) {
		const def = current?._zod.def as
			{ type?: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
		if (def?.innerType) current = def.innerType;
		else if (def?.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
}
