import { z } from 'astro/zod';
import { isCollectionName, type CollectionName } from '../schemas/collections.ts';
import { referenceRegistry } from '../schemas/reference.ts';
import { EdtfDateSchema } from '../schemas/edtf-date.ts';

/** The shape of a value a content schema accepts, as forms and file writers need it. */
export type FieldNode =
	| { type: 'object'; fields: Field[] }
	| { type: 'array'; item: FieldNode }
	| { type: 'string'; reference?: CollectionName; edtf?: true }
	| { type: 'number'; integer: boolean }
	| { type: 'boolean' }
	| { type: 'enum'; options: readonly string[] };

/** One named field of an object schema. */
export interface Field {
	name: string;
	node: FieldNode;
	/** False when the field may be left out (optional, or with a default). */
	required: boolean;
	/** The value the schema fills in when the field is left out. */
	defaultValue?: unknown;
	description?: string;
}

type AnySchema = z.core.$ZodType;

/**
 * Reads a zod schema into a field tree. Wrappers (optional, default, refinements, transforms, preprocessing) are
 * looked through; a union of objects becomes one object whose fields are all optional, since forms cannot tell its
 * branches apart by a key.
 */
export function fieldTree(schema: AnySchema): FieldNode {
	const { inner } = unwrap(schema);
	const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
	if (isEdtf(inner)) return { type: 'string', edtf: true };
	switch (def.type) {
		case 'object':
			return {
				type: 'object',
				fields: Object.entries(def['shape'] as Record<string, AnySchema>).map(([name, field]) =>
					describeField(name, field)
				),
			};
		case 'array':
			return { type: 'array', item: fieldTree(def['element'] as AnySchema) };
		case 'number':
			return { type: 'number', integer: isInteger(inner) };
		case 'boolean':
			return { type: 'boolean' };
		case 'enum':
			return { type: 'enum', options: Object.values(def['entries'] as Record<string, string>) };
		case 'union':
			return unionNode(def['options'] as AnySchema[]);
		case 'string':
		case 'literal':
		case 'unknown': {
			const reference = referenceRegistry.get(inner)?.collection;
			if (reference === undefined) return { type: 'string' };
			if (!isCollectionName(reference))
				throw new Error(
					`fieldTree: a field refers to collection "${reference}", which is not in COLLECTION_SCHEMAS (src/core/schemas/collections.ts) — fix the name given to referenceTo()`
				);
			return { type: 'string', reference };
		}
		default:
			throw new Error(`fieldTree: no form for a zod ${def.type} schema — add a case for it`);
	}
}

/** The fields of an object schema (for a collection's top level). */
export function objectFields(schema: AnySchema): Field[] {
	const node = fieldTree(schema);
	if (node.type !== 'object')
		throw new Error(`objectFields: the schema is a ${node.type}, not an object`);
	return node.fields;
}

function describeField(name: string, schema: AnySchema): Field {
	const { inner, optional, defaultValue, hasDefault } = unwrap(schema);
	const description =
		z.globalRegistry.get(schema)?.description ?? z.globalRegistry.get(inner)?.description;
	return {
		name,
		node: fieldTree(inner),
		required: !optional && !hasDefault,
		...(hasDefault ? { defaultValue } : {}),
		...(description === undefined ? {} : { description }),
	};
}

function unionNode(options: AnySchema[]): FieldNode {
	const nodes = options.map(fieldTree);
	if (nodes.every((node) => node.type === 'object')) {
		const fields = new Map<string, Field>();
		for (const node of nodes)
			for (const field of node.fields)
				if (!fields.has(field.name)) fields.set(field.name, { ...field, required: false });
		return { type: 'object', fields: [...fields.values()] };
	}
	// A string schema beside literal alternatives (`'' | url`) is a string field.
	if (nodes.every((node) => node.type === 'string')) return { type: 'string' };
	throw new Error('fieldTree: a union mixing objects and scalars has no form — split the field');
}

function unwrap(schema: AnySchema) {
	let inner = schema;
	let optional = false;
	let hasDefault = false;
	let defaultValue: unknown;
	for (;;) {
		if (isEdtf(inner)) break;
		const def = inner._zod.def as unknown as Record<string, unknown> & { type: string };
		if (def.type === 'optional' || def.type === 'nullable') {
			optional = true;
			inner = def['innerType'] as AnySchema;
		} else if (def.type === 'default') {
			hasDefault = true;
			defaultValue = def['defaultValue'];
			inner = def['innerType'] as AnySchema;
		} else if (def.type === 'pipe') {
			// A preprocessed schema's form is its output's; a transformed one's is its input's.
			const input = def['in'] as AnySchema;
			inner = input._zod.def.type === 'transform' ? (def['out'] as AnySchema) : input;
		} else break;
	}
	return { inner, optional, hasDefault, defaultValue };
}

/** EdtfDateSchema or a copy of it made by `.describe()`, whose parent chain leads back to it. */
function isEdtf(schema: AnySchema): boolean {
	for (let current: AnySchema | undefined = schema; current; current = current._zod.parent)
		if (current === EdtfDateSchema) return true;
	return false;
}

function isInteger(schema: AnySchema): boolean {
	return (schema as unknown as { isInt?: boolean }).isInt === true;
}
