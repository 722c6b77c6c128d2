import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, collectionMeta } from '../../../src/core/collections.ts';
import { fieldTree, type FieldNode } from '../../../src/core/schema-fields/field-tree.ts';
import { COLLECTION_SCHEMAS } from '../../../src/core/schemas/collections.ts';

/** The collections by name ("claims") and by what one record is called ("claim"). */
const SPELLINGS = [
	COLLECTION_NAMES,
	COLLECTION_NAMES.map((collection) => collectionMeta(collection).record),
];

/** The name of an object member or type member, when it is written as a plain name or string. */
function memberName(member: ts.ObjectLiteralElementLike | ts.TypeElement): string | undefined {
	const name = member.name;
	if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) return name.text;
	return undefined;
}

/** Where a module spells out a table with one entry per collection: an object or a type keyed by each of them. */
function collectionTables(module: string): string[] {
	const source = ts.createSourceFile(
		module,
		readFileSync(module, 'utf8'),
		ts.ScriptTarget.Latest,
		true
	);
	const tables: string[] = [];
	const visit = (node: ts.Node) => {
		const members = ts.isObjectLiteralExpression(node)
			? node.properties
			: ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node)
				? node.members
				: undefined;
		if (members) {
			const names = new Set(members.map(memberName));
			if (SPELLINGS.some((spelling) => spelling.every((name) => names.has(name))))
				tables.push(`${module}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return tables;
}

/**
 * Tables of the collections that have pages. A collection gets pages only when routes are written for it, so these
 * grow with the routes, not with the registry.
 */
const PAGE_TABLES = [
	'src/core/links/page-paths.ts', // each record page's permanent URL
	'src/site/site-index.ts', // the records and lookups the pages read
	'src/core/validation/rules/published-ledger.ts', // which published pages still exist
];

describe('the collections', () => {
	it('are listed once, in the registry: no other module keeps a table of them', () => {
		const tables = readdirSync('src', { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.ts'))
			.flatMap((file) => collectionTables(normalize(join('src', file))))
			.filter((table) => !PAGE_TABLES.includes(table.replace(/:\d+$/, '')));
		expect(tables).toEqual([expect.stringMatching(/^src\/core\/schemas\/collections\.ts:\d+$/)]);
	});

	it('are what every reference field points to (key events, which refer to claims and sources, aside)', () => {
		const referenced = new Set<string>();
		const collect = (node: FieldNode) => {
			if (node.type === 'object') for (const field of node.fields) collect(field.node);
			if (node.type === 'array') collect(node.item);
			if (node.type === 'string' && node.reference) referenced.add(node.reference);
		};
		// fieldTree throws on a reference to a name the registry does not have.
		for (const collection of COLLECTION_NAMES) collect(fieldTree(COLLECTION_SCHEMAS[collection]));
		// Nothing refers to a key event: it stands at the top, pointing at the claims and the report it rests on.
		expect([...referenced].sort()).toEqual(
			COLLECTION_NAMES.filter((name) => name !== 'events').sort()
		);
	});
});
