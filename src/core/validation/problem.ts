/** One thing wrong with the content, precise enough for an editor to fix without reading code. */
export interface Problem {
	/** Path of the file, relative to the working directory: `content/claims/nis-transfer.md`. */
	file: string;
	/** The field, as a path into the record (`sources[0].quote`), or where in the file (`frontmatter (line 4)`). */
	field: string;
	/** What is wrong — how to fix it. */
	message: string;
}

/** `file: field: what is wrong — how to fix it`, the one line an editor reads per problem. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Joins path segments the way editors write them: `sources[0].quote`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
	return path.reduce<string>((joined, key) => {
		if (typeof key === 'number') return `${joined}[${key}]`;
		return joined === '' ? String(key) : `${joined}.${String(key)}`;
	}, '');
}
