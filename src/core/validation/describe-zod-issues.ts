import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';
import { collectionMeta, type CollectionName } from '../collections.ts';

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
		// A list field's choices come from its schema: the issue carries them.
		const hint =
			issue.code === 'invalid_value'
				? `${field === 'kind' ? `what sort of ${collectionMeta(collection).record} this is: ` : ''}${oneOf(issue.values.map(String))}`
				: MISSING_HINTS[field];
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

/** What to add for commonly forgotten fields, by field name. */
const MISSING_HINTS: Record<string, string> = {
	title: 'a short headline: "Who: what"',
	statement: 'the claim in one attributed sentence',
	claimant: 'the id of a file in content/claimants/',
	claimed: 'the EDTF date the claim was made, e.g. 2024-10-18',
	statusHistory: 'at least one entry with date, status and note',
	sources: 'at least one entry with source and quote',
	source: 'the id of a file in content/sources/',
	quote: 'the exact words the claim rests on, copied from the source',
	date: 'an EDTF date, e.g. 2024-10-18',
	note: 'one sentence saying why',
	unit: 'what is counted, in the source’s words, e.g. troops',
	measure:
		'the id of the measure the number counts (a file in content/measures/), e.g. troops-deployed: what exactly it counts decides which numbers it is compared with',
	definition: 'what exactly is counted, in one or two sentences',
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
