// Intl.ListFormat writes lists as British English prose ("a, b or c"), so a list in a sentence comes from its values.
const EITHER = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const ALL = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "a, b or c" */
export function anyOf(values: readonly string[]): string {
	return EITHER.format(values);
}

/** "a, b and c" */
export function allOf(values: readonly string[]): string {
	return ALL.format(values);
}
