import { PLACE_KINDS } from '../places/place-kinds.ts';
import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { CLAIMANT_KINDS } from '../claimants/claimant-kinds.ts';
import { CLAIM_KINDS } from '../claims/claim-kinds.ts';
import { EVIDENCE_BEARINGS } from '../claims/evidence-bearings.ts';
import type { CollectionName } from '../content-folders.ts';
import { FIGURE_QUALIFIERS } from '../figures/figure.ts';
import { RELATION_TYPES } from '../relations/relation-types.ts';
import { STATUSES } from '../statuses/statuses.ts';

/** One schema problem, ready for `file: field: message`. */
export interface DescribedIssue {
	path: PropertyKey[];
	message: string;
}

/**
 * Turns a record's zod issues into "what is wrong — how to fix it". A misspelt field name is one problem, not two:
 * the unknown field is reported with the name it should have, and the "missing" report of that name is dropped.
 */
export function describeZodIssues(
	issues: readonly z.core.$ZodIssue[],
	allowedKeys: (path: PropertyKey[]) => string[],
	collection: CollectionName
): DescribedIssue[] {
	const missing = new Set(
		issues.filter(isMissing).map((issue) => issue.path.map(String).join('.'))
	);
	const renamed = new Set<string>();
	const described: DescribedIssue[] = [];
	for (const issue of issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const allowed = allowedKeys(issue.path);
		for (const key of issue.keys) {
			const intended = allowed.length > 0 ? closest(key, allowed) : undefined;
			const intendedPath = [...issue.path, intended].map(String).join('.');
			if (intended !== undefined && missing.has(intendedPath)) {
				renamed.add(intendedPath);
				described.push({
					path: [...issue.path, key],
					message: `is not a known field — rename it to ${intended}`,
				});
			} else {
				const hint = intended === undefined ? '' : ` (did you mean "${intended}"?)`;
				described.push({
					path: [...issue.path, key],
					message: `is not a known field — remove it or correct its spelling${hint}; known fields: ${allowed.join(', ')}`,
				});
			}
		}
	}
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys' || renamed.has(issue.path.map(String).join('.')))
			continue;
		described.push({ path: issue.path, message: describeIssue(issue, collection) });
	}
	return described;
}

function isMissing(issue: z.core.$ZodIssue): boolean {
	return (
		(issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined
	);
}

function describeIssue(issue: z.core.$ZodIssue, collection: CollectionName): string {
	if (isMissing(issue)) {
		const field = String(issue.path.at(-1));
		const hint = MISSING_HINTS_BY_COLLECTION[collection][field] ?? MISSING_HINTS[field];
		return `is missing — add ${hint ?? 'this field'}`;
	}
	switch (issue.code) {
		case 'invalid_type': {
			return `should be ${article(issue.expected)}, not ${describeValue(issue.input)} — ${TYPE_FIXES[issue.expected] ?? `write ${article(issue.expected)}`}`;
		}
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const suggestion =
				typeof issue.input === 'string'
					? ` (did you mean "${closest(issue.input, allowed)}"?)`
					: '';
			return `${describeValue(issue.input)} is not allowed — use one of: ${allowed.join(', ')}${suggestion}`;
		}
		case 'too_small':
			if (issue.origin === 'array')
				return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'} — add ${issue.minimum === 1 ? 'one' : 'them'}`;
			if (issue.origin === 'string')
				return 'is empty — write the text, or remove the field if it is optional';
			return `is below ${issue.minimum} — correct the number`;
		default:
			return issue.message;
	}
}

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** What to add for forgotten fields whose meaning depends on the collection (a claim's kind is not a claimant's). */
const MISSING_HINTS_BY_COLLECTION: Record<CollectionName, Record<string, string>> = {
	claims: { kind: `what sort of claim this is: ${oneOf(CLAIM_KINDS)}` },
	claimants: { kind: `what sort of claimant this is: ${oneOf(CLAIMANT_KINDS)}` },
	sources: {},
	places: { kind: `what sort of place this is: ${oneOf(PLACE_KINDS)}` },
};

/** What to add for commonly forgotten fields, by field name. */
const MISSING_HINTS: Record<string, string> = {
	title: 'a short headline: "Who: what"',
	statement: 'the claim in one attributed sentence',
	claimant: 'the id of a file in content/claimants/',
	claimed: 'the EDTF date the claim was made, e.g. 2024-10-18',
	status: oneOf(STATUSES),
	statusHistory: 'at least one entry with date, status and note',
	bearing: oneOf(EVIDENCE_BEARINGS),
	sources: 'at least one entry with source and quote',
	source: 'the id of a file in content/sources/',
	quote: 'the exact words the claim rests on, copied from the source',
	date: 'an EDTF date, e.g. 2024-10-18',
	note: 'one sentence saying why',
	unit: 'what is counted, e.g. troops',
	qualifier: oneOf(FIGURE_QUALIFIERS),
	type: oneOf(RELATION_TYPES),
	name: 'the full name',
	shortName: 'the name used in lists',
	outlet: 'the publication, e.g. The Guardian',
	headline: 'the headline as published',
	published: 'the publication time in quotes, e.g. "2024-10-18T09:51:00-04:00"',
	textHash: 'the hash that npm run check prints for the stored text',
};

const TYPE_FIXES: Record<string, string> = {
	number: 'write digits only, without quotes or thousands separators, e.g. 1500',
	string: 'write text, in quotes if it contains ": "',
	array: 'write a list, one "- item" per line',
	object: 'write nested fields, each indented under this one',
	boolean: 'write true or false',
};

function article(type: string): string {
	const noun =
		type === 'array'
			? 'list'
			: type === 'object'
				? 'set of fields'
				: type === 'string'
					? 'text'
					: type;
	return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
		return String(value);
	if (value === undefined) return 'nothing';
	return 'a set of fields';
}
