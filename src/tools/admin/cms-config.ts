import {
	CLAIM_KINDS,
	CLAIM_KIND_DEFINITIONS,
	type ClaimKind,
} from '../../core/claims/claim-kinds.ts';
import { collectionFiles } from '../../core/content-folders.ts';
import { FILE_COMMENT_FIELD } from './file-comment-field.ts';
import { OPINION_FIELDS, RATED_FIELDS } from '../../core/schemas/claim.ts';
import type { Field, FieldNode } from '../../core/schema-fields/field-tree.ts';
import { COLLECTION_NAMES, collectionMeta, type CollectionName } from '../../core/collections.ts';
import { collectionFields } from '../../core/yaml/content-layout.ts';

/** A Sveltia CMS field definition (the subset this site writes). */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	[option: string]: unknown;
}

/** A field's widget and the widget's options. */
type WidgetOptions = { widget: string; [option: string]: unknown };

/** A Sveltia CMS folder collection. */
export interface CmsCollection {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	folder: string;
	extension: string;
	format: string;
	create: boolean;
	identifier_field: string;
	summary: string;
	filter?: { field: string; value: string[] };
	fields: CmsField[];
}

/** Opinions are a second view of the claims folder, without the status fields an opinion never has. */
const OPINIONS = {
	name: 'opinions',
	label: 'Opinions',
	singular: 'Opinion',
	description: CLAIM_KIND_DEFINITIONS.opinion.definition,
};

/** Fields whose text runs to sentences get a text area; the rest a one-line box. */
const LONG_TEXT = new Set([
	'statement',
	'note',
	'quote',
	'whyNotRated',
	'description',
	'standfirst',
	'caveatNote',
]);

// The shapes of EDTF dates and intervals (open ends too), checked as they are typed; npm run check judges the rest
// (real days, seasons, intervals that end before they start).
const EDTF_DAY = String.raw`[0-9X]{4}(-[0-9X]{2}){0,2}[?~%]?`;
const EDTF_PATTERN = `^(${EDTF_DAY}|\\.\\.)?(/(${EDTF_DAY}|\\.\\.)?)?$`;

/**
 * The name of the custom file format each collection is read and written with (registered by the admin page).
 * Sveltia accepts a `.md` folder only with a format whose name ends in `-frontmatter`.
 */
export function contentFormatName(collection: CollectionName): string {
	return `claims-tracker-${collection}${collectionMeta(collection).body ? '-frontmatter' : ''}`;
}

/** `camelCase` field names as labels: `statusHistory` → "Status history". */
export function fieldLabel(name: string): string {
	const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The admin's collections, generated from the content schemas: one form field per schema field, required where the
 * schema requires it, with the schema's description as help. Claims appear twice, as rated claims and as opinions,
 * so that each form offers only the fields and statuses its kind can have.
 */
export function cmsCollections(): CmsCollection[] {
	const claimFields = collectionFields('claims');
	const without = (names: readonly string[]) =>
		claimFields.filter((field) => !names.includes(field.name));
	const rated = folderCollection('claims', without(OPINION_FIELDS), {
		kind: CLAIM_KINDS.filter((kind) => kind !== 'opinion'),
		required: RATED_FIELDS,
	});
	const opinions = {
		...folderCollection('claims', without(RATED_FIELDS), {
			kind: ['opinion'],
			required: OPINION_FIELDS,
		}),
		name: OPINIONS.name,
		label: OPINIONS.label,
		label_singular: OPINIONS.singular,
		description: OPINIONS.description,
		summary: '{{title}}',
	};
	return [
		rated,
		opinions,
		...COLLECTION_NAMES.filter((name) => name !== 'claims').map((name) =>
			folderCollection(name, collectionFields(name))
		),
	];
}

function folderCollection(
	collection: CollectionName,
	fields: readonly Field[],
	claimKinds?: { kind: readonly string[]; required: readonly string[] }
): CmsCollection {
	const { admin: presentation, body, record } = collectionMeta(collection);
	const { base, extensions } = collectionFiles(collection, 'content');
	const formFields = fields.map((field) => {
		const formField = cmsField(field);
		if (claimKinds && field.name === 'kind')
			return {
				...formField,
				options: [...claimKinds.kind],
				// Only the kinds this form offers are explained (CLAIM_KIND_DEFINITIONS, as the site's legend does).
				hint: claimKinds.kind
					.map((kind) => `${kind}: ${CLAIM_KIND_DEFINITIONS[kind as ClaimKind].definition}`)
					.join(' '),
			};
		if (claimKinds?.required.includes(field.name))
			return { ...formField, required: true, ...(formField.widget === 'list' ? { min: 1 } : {}) };
		return formField;
	});
	return {
		name: collection,
		label: presentation.label,
		label_singular: fieldLabel(record),
		description: presentation.description,
		folder: base,
		extension: extensions[0].slice(1),
		format: contentFormatName(collection),
		create: true,
		identifier_field: presentation.identifier,
		summary: presentation.summary,
		...(claimKinds ? { filter: { field: 'kind', value: [...claimKinds.kind] } } : {}),
		fields: body
			? [
					...formFields,
					FILE_COMMENT,
					{
						name: 'body',
						label: body.label,
						widget: body.widget,
						required: false,
						hint: body.hint,
					},
				]
			: [...formFields, FILE_COMMENT],
	};
}

const FILE_COMMENT: CmsField = {
	name: FILE_COMMENT_FIELD,
	label: 'File comment',
	widget: 'hidden',
	required: false,
};

function cmsField(field: Field): CmsField {
	return {
		name: field.name,
		label: fieldLabel(field.name),
		required: field.required,
		...(field.description === undefined ? {} : { hint: field.description }),
		...widget(field.name, field.node, field),
	};
}

function widget(name: string, node: FieldNode, field?: Field): WidgetOptions {
	switch (node.type) {
		case 'object':
			return { widget: 'object', collapsed: false, fields: node.fields.map(cmsField) };
		case 'array':
			if (node.item.type === 'object')
				return {
					widget: 'list',
					collapsed: true,
					label_singular: fieldLabel(singular(name)),
					// A collapsed entry reads by its first few plain values: "2024-10-18 · claimed · NATO could not…".
					summary: node.item.fields
						.filter((field) => field.node.type !== 'object' && field.node.type !== 'array')
						.slice(0, 3)
						.map((field) => `{{fields.${field.name}}}`)
						.join(' · '),
					fields: node.item.fields.map(cmsField),
				};
			if (node.item.type === 'string' && node.item.reference)
				return { ...relation(node.item.reference), multiple: true };
			if (node.item.type === 'enum')
				return { widget: 'select', multiple: true, options: [...node.item.options] };
			return { widget: 'list' };
		case 'string':
			if (node.reference) return relation(node.reference);
			if (node.edtf)
				return {
					widget: 'string',
					pattern: [
						EDTF_PATTERN,
						'Write an EDTF date: 2024-10-18, 2024-10, 2024, or a range 2024-10-08/2024-10-13',
					],
				};
			return { widget: LONG_TEXT.has(name) ? 'text' : 'string' };
		case 'number':
			return { widget: 'number', value_type: node.integer ? 'int' : 'float' };
		case 'boolean':
			return { widget: 'boolean', default: field?.defaultValue ?? false };
		case 'enum':
			return { widget: 'select', options: [...node.options] };
	}
}

/** A picker over another collection, storing the chosen record's id (its file name). */
function relation(collection: CollectionName): WidgetOptions {
	const { display, search } = collectionMeta(collection).admin;
	return {
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		// An editor filters the list by what it shows (a source's id), so the shown template is searched too.
		search_fields: [...new Set([display, ...search.map((field) => `{{${field}}}`)])],
		display_fields: [display],
	};
}

function singular(name: string): string {
	if (name === 'evidence') return 'evidence entry';
	if (name === 'statusHistory') return 'status change';
	// A claim's sources are citations: a report and the words quoted from it ("Add Source" creates a report).
	if (name === 'sources') return 'citation';
	return name.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Where the admin saves: a GitHub repository and branch, when the site has one. */
export interface CmsBackend {
	repo: string;
	branch: string;
}

/**
 * The whole Sveltia CMS configuration. Files are read and written by the site's own layout (custom formats), so a
 * form save changes only the lines the editor changed; nothing is loaded from third parties (no stock photos, no
 * machine translation, no media library).
 */
export function cmsConfig(
	backend: CmsBackend | undefined,
	siteUrl: string
): Record<string, unknown> {
	return {
		load_config_file: false,
		// Editors sign in with a token, which needs no sign-in server. Without a GitHub repository only the local one
		// can be edited; Sveltia still wants a name for it.
		backend: {
			name: 'github',
			repo: backend?.repo ?? LOCAL_ONLY_REPO,
			branch: backend?.branch ?? 'main',
			auth_methods: ['token'],
			commit_messages: COMMIT_MESSAGES,
		},
		publish_mode: 'simple',
		app_title: 'Claims tracker admin',
		logo: { src: '/favicon.svg' },
		site_url: siteUrl,
		show_preview_links: false,
		media_folder: 'public/uploads',
		// No stock-photo providers (third-party requests); machine translation needs i18n, which is not configured.
		media_libraries: { stock_assets: false },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
		editor: { preview: true },
		collections: cmsCollections(),
	};
}

const LOCAL_ONLY_REPO = 'local/claims-tracker';

const COMMIT_MESSAGES = {
	create: 'Add {{collection}} “{{slug}}” (admin)',
	update: 'Update {{collection}} “{{slug}}” (admin)',
	delete: 'Delete {{collection}} “{{slug}}” (admin)',
};
