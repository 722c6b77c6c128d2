import { Document, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { Field, FieldNode } from '../schema-fields/field-tree.ts';
import { UnquotedDate, loadContentYaml } from './content-yaml.ts';

/** A content file taken apart: its fields, the Markdown after them, and the `#` comment lines that open it. */
export interface ContentFile {
	data: Record<string, unknown>;
	/** The Markdown body of a `.md` file, without the blank line that separates it from the fields. */
	body?: string;
	/** Comment lines at the top of the fields (the ingest's note on a draft), without their `#`. */
	comment?: readonly string[];
}

// A single word — an id, a status, a country code — is written bare; anything else in double quotes, so a date, a
// number-like id or a sentence with a colon never changes meaning.
const BARE_WORD = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;
// Words YAML 1.1 readers take for booleans or null: quoted, every reader agrees on them.
const YAML_KEYWORDS = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

/**
 * The standard layout of a content file's fields: the schema's field order; fields equal to their default left
 * out; single words bare and other text in double quotes; a list of plain values, or a set of them outside a list,
 * on one line. Every writer (ingest, admin forms, `npm run format:content`) goes through here, so an edit from any
 * of them changes only the lines it means to.
 */
export function formatFields(data: Record<string, unknown>, fields: readonly Field[]): string {
	const document = new Document(arrange(data, { type: 'object', fields: [...fields] }));
	visit(document, {
		Scalar(_key, node) {
			if (typeof node.value === 'string')
				node.type =
					BARE_WORD.test(node.value) && !YAML_KEYWORDS.test(node.value) ? 'PLAIN' : 'QUOTE_DOUBLE';
		},
		Seq(_key, node) {
			node.flow = node.items.every((item) => isScalar(item));
		},
		Map(_key, node, path) {
			const parent = path.at(-1);
			const topLevel = parent === document;
			const listItem = isSeq(parent);
			node.flow =
				!topLevel && !listItem && node.items.every((pair) => isScalar(pair.value as Node | null));
		},
	});
	const text = document.toString({
		lineWidth: 0,
		// Never split double-quoted text over lines: yaml 2.9 misreads its own split of a line holding only spaces.
		doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY,
		indent: 2,
		indentSeq: true,
		flowCollectionPadding: false,
	});
	return text === '{}\n' ? '' : text;
}

/** A `.md` content file: the fields between `---` lines, then a blank line and the body when there is one. */
export function formatFrontmatterFile(file: ContentFile, fields: readonly Field[]): string {
	const body =
		file.body
			?.replace(/\r\n?/g, '\n')
			.replace(/^\s*\n/, '')
			.trimEnd() ?? '';
	return `---\n${commentLines(file.comment)}${formatFields(file.data, fields)}---\n${body === '' ? '' : `\n${body}\n`}`;
}

/** A `.yaml` content file. */
export function formatYamlFile(file: ContentFile, fields: readonly Field[]): string {
	return `${commentLines(file.comment)}${formatFields(file.data, fields)}`;
}

// Astro's own frontmatter match, so the writer and the build agree on where the fields end.
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/**
 * A `.md` content file split as Astro splits it: the YAML text between the `---` lines, and everything after the
 * closing one; undefined when the file does not open with such a block. The one splitter every reader uses.
 */
export function splitFrontmatter(text: string): { fields: string; body: string } | undefined {
	const match = FRONTMATTER.exec(text);
	return match ? { fields: match[1] ?? '', body: text.slice(match[0].length) } : undefined;
}

/** Reads a `.md` content file; undefined when it does not open with fields between `---` lines. */
function parseFrontmatterFile(text: string): ContentFile | undefined {
	const split = splitFrontmatter(text);
	if (!split) return undefined;
	const body = split.body.replace(/^\r?\n/, '');
	return { ...parseYamlFile(split.fields), ...(body.trim() === '' ? {} : { body }) };
}

/** Reads a content file: a `.md` one (fields and body) or a `.yaml` one; throws on a `.md` file without fields. */
export function parseContentText(text: string, withBody: boolean): ContentFile {
	if (!withBody) return parseYamlFile(text);
	const file = parseFrontmatterFile(text);
	if (!file) throw new Error('the file does not open with fields between two "---" lines');
	return file;
}

/** Reads a `.yaml` content file (or the fields of a `.md` one). Unquoted dates become their written text. */
function parseYamlFile(text: string): ContentFile {
	const comment = leadingComment(text);
	refuseInnerComments(text, comment.length);
	const data = plainValues(loadContentYaml(text.replace(/^\uFEFF/, '')) ?? {});
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new Error('the file is not a set of fields — write one "name: value" per line');
	return { data: data as Record<string, unknown>, ...(comment.length > 0 ? { comment } : {}) };
}

/** Orders an object's fields as its schema lists them (unknown ones after) and drops those equal to their default. */
function arrange(value: unknown, node: FieldNode | undefined): unknown {
	if (Array.isArray(value))
		return value.map((item) => arrange(item, node?.type === 'array' ? node.item : undefined));
	if (value === null || typeof value !== 'object') return value;
	const record = value as Record<string, unknown>;
	const fields = node?.type === 'object' ? node.fields : [];
	const known = new Set(fields.map((field) => field.name));
	const entries: Array<[string, unknown]> = [
		...fields.map((field): [string, unknown] => [
			field.name,
			arrange(record[field.name], field.node),
		]),
		...Object.entries(record).filter(([name]) => !known.has(name)),
	];
	const byName = new Map(fields.map((field) => [field.name, field]));
	// Only what the schema would fill in anyway is left out: an invalid value stays for the check to report.
	return Object.fromEntries(
		entries.filter(([name, entry]) => {
			if (entry === undefined) return false;
			const field = byName.get(name);
			return !(field && 'defaultValue' in field && sameValue(entry, field.defaultValue));
		})
	);
}

/**
 * A form's values without what the editor left unfilled: an optional box left empty comes back as empty text (or null,
 * or an empty set), which a hand-written file would simply not have. Required fields keep theirs, for the check.
 */
export function withoutUnfilled(value: unknown, node: FieldNode): unknown {
	if (Array.isArray(value)) {
		if (node.type !== 'array') return value;
		const items = value.map((item) => withoutUnfilled(item, node.item));
		return node.item.type === 'object'
			? items
			: items.filter((item) => item !== '' && item !== null);
	}
	if (value === null || typeof value !== 'object' || node.type !== 'object') return value;
	const record = value as Record<string, unknown>;
	const byName = new Map(node.fields.map((field) => [field.name, field]));
	return Object.fromEntries(
		Object.entries(record).flatMap(([name, entry]): Array<[string, unknown]> => {
			const field = byName.get(name);
			if (!field) return [[name, entry]];
			const kept = withoutUnfilled(entry, field.node);
			return !field.required && isUnfilled(kept) ? [] : [[name, kept]];
		})
	);
}

function isUnfilled(value: unknown): boolean {
	return (
		value === '' ||
		value === null ||
		value === undefined ||
		(Array.isArray(value) && value.length === 0) ||
		isEmptyObject(value)
	);
}

function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function isEmptyObject(value: unknown): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.keys(value).length === 0
	);
}

/**
 * Unquoted days as the text written; everything else as read. An unquoted timestamp has already lost its offset in
 * every other reader, so quoting it would make a different, valid value: such a file is left for the editor.
 */
function plainValues(value: unknown): unknown {
	if (value instanceof UnquotedDate) {
		if (/\d[T ]\d/.test(value.text))
			throw new Error(
				`the unquoted timestamp ${value.text} cannot be laid out without changing what it means — put it in quotes by hand`
			);
		return value.text;
	}
	if (Array.isArray(value)) return value.map(plainValues);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, entry]) => [key, plainValues(entry)])
		);
	return value;
}

/** The layout keeps only the comment lines that open the fields; any other would be lost, so such a file is refused. */
function refuseInnerComments(text: string, leadingLines: number): void {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const document = parseDocument(lines.slice(leadingLines).join('\n'));
	let found = Boolean(document.comment || document.commentBefore);
	visit(document, (_key, node) => {
		const commented = node as { comment?: string | null; commentBefore?: string | null };
		if (commented.comment || commented.commentBefore) found = true;
	});
	if (found)
		throw new Error(
			'it has # comments among its fields, which the standard layout cannot keep — move them above the first field, or into the note'
		);
}

function leadingComment(text: string): string[] {
	const lines: string[] = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (!line.startsWith('#')) break;
		lines.push(line.replace(/^# ?/, ''));
	}
	return lines;
}

function commentLines(comment: readonly string[] | undefined): string {
	return (comment ?? []).map((line) => `# ${line}\n`).join('');
}
