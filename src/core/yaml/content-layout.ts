import { COLLECTION_SCHEMAS } from '../schemas/collections.ts';
import { hasBody, type CollectionName } from '../collections.ts';
import { objectFields, type Field } from '../schema-fields/field-tree.ts';
import {
	formatFrontmatterFile,
	formatYamlFile,
	parseContentText,
	type ContentFile,
} from './content-file.ts';

const fieldsByCollection = new Map<CollectionName, Field[]>();

/** The fields of a collection's files, in the schema's order. */
export function collectionFields(collection: CollectionName): Field[] {
	let fields = fieldsByCollection.get(collection);
	if (!fields) {
		fields = objectFields(COLLECTION_SCHEMAS[collection]);
		fieldsByCollection.set(collection, fields);
	}
	return fields;
}

/** A record written in the standard layout of its collection's files. */
export function formatContentFile(collection: CollectionName, file: ContentFile): string {
	const fields = collectionFields(collection);
	return hasBody(collection) ? formatFrontmatterFile(file, fields) : formatYamlFile(file, fields);
}

/** A file of the collection read back into fields, body and comment; throws on a file without fields. */
export function parseContentFile(collection: CollectionName, text: string): ContentFile {
	return parseContentText(text, hasBody(collection));
}

/** The text in the standard layout, or undefined when it already is. */
export function relaidContentFile(collection: CollectionName, text: string): string | undefined {
	const relaid = formatContentFile(collection, parseContentFile(collection, text));
	// Line endings are Git's to choose (a Windows checkout has CRLF): only the layout counts.
	return relaid === text.replace(/\r\n?/g, '\n') ? undefined : relaid;
}
