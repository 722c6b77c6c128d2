import type { z } from 'astro/zod';
import { closest } from 'fastest-levenshtein';

/** A zod issue, with the schema that raised it, turned into "what is wrong — how to fix it". */
export function describeZodIssue(issue: z.core.$ZodIssue, allowedKeys: (path: PropertyKey[]) => string[]): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `is missing — add it (${issue.expected})`;
			return `should be ${article(issue.expected)}, not ${describeValue(issue.input)} — ${TYPE_FIXES[issue.expected] ?? `write ${article(issue.expected)}`}`;
		case 'invalid_value': {
			const allowed = issue.values.map(String);
			const suggestion = typeof issue.input === 'string' ? ` (did you mean "${closest(issue.input, allowed)}"?)` : '';
			return `${describeValue(issue.input)} is not allowed — use one of: ${allowed.join(', ')}${suggestion}`;
		}
		case 'too_small':
			if (issue.origin === 'array') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'} — add ${issue.minimum === 1 ? 'one' : 'them'}`;
			if (issue.origin === 'string') return 'is empty — write the text, or remove the field if it is optional';
			return `is below ${issue.minimum} — correct the number`;
		case 'unrecognized_keys': {
			const allowed = allowedKeys(issue.path);
			const [key] = issue.keys;
			const suggestion = key && allowed.length > 0 ? ` (did you mean "${closest(key, allowed)}"?)` : '';
			return `is not a known field — remove it or correct its spelling${suggestion}; known fields: ${allowed.join(', ')}`;
		}
		default:
			return issue.message;
	}
}

const TYPE_FIXES: Record<string, string> = {
	number: 'write digits only, without quotes or thousands separators, e.g. 1500',
	string: 'write text, in quotes if it contains ": "',
	array: 'write a list, one "- item" per line',
	object: 'write nested fields, each indented under this one',
	boolean: 'write true or false',
};

function article(type: string): string {
	const noun = type === 'array' ? 'list' : type === 'object' ? 'set of fields' : type === 'string' ? 'text' : type;
	return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeValue(value: unknown): string {
	if (typeof value === 'string') return `"${value}"`;
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
	if (typeof value === 'object') return 'a set of fields';
	return String(value);
}
