import { parse, YAMLParseError, type ScalarTag } from 'yaml';

/**
 * An unquoted date or timestamp as written in YAML. The usual YAML reading turns `2024-13-01` silently into
 * 1 January 2025 and drops a timestamp's UTC offset; keeping the written text lets the schemas judge it.
 */
export class UnquotedDate {
	readonly text: string;

	constructor(text: string) {
		this.text = text;
	}
}

// The YAML 1.1 timestamp forms that YAML readers (Astro's among them) turn into dates.
const TIMESTAMP =
	/^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

const unquotedDateTag: ScalarTag = {
	tag: 'tag:yaml.org,2002:timestamp',
	default: true,
	test: TIMESTAMP,
	resolve: (text) => new UnquotedDate(text),
	identify: (value) => value instanceof UnquotedDate,
	stringify: ({ value }) => (value as UnquotedDate).text,
};

/** Parses content YAML with the YAML 1.2 core schema, except that unquoted dates keep their text (see UnquotedDate). */
export function loadContentYaml(text: string): unknown {
	return parse(text, { schema: 'core', customTags: [unquotedDateTag] });
}

const UNQUOTED_DATE_KEY = '$unquotedDate';

/**
 * Parsed content YAML as JSON, for a cache to keep between runs: an unquoted date keeps its class as
 * `{"$unquotedDate": text}`. `contentYamlFromJson` reads it back to what `loadContentYaml` gave.
 */
export function contentYamlToJson(data: unknown): string {
	return JSON.stringify(data, (_key, value: unknown) =>
		value instanceof UnquotedDate ? { [UNQUOTED_DATE_KEY]: value.text } : value
	);
}

export function contentYamlFromJson(json: string): unknown {
	return JSON.parse(json, (_key, value: unknown) =>
		value !== null &&
		typeof value === 'object' &&
		typeof (value as Record<string, unknown>)[UNQUOTED_DATE_KEY] === 'string'
			? new UnquotedDate((value as Record<string, string>)[UNQUOTED_DATE_KEY]!)
			: value
	);
}

/** Where a YAML text is broken and why, from the error `loadContentYaml` threw; undefined for any other error. */
export function yamlSyntaxError(error: unknown): { line: number; reason: string } | undefined {
	if (!(error instanceof YAMLParseError)) return undefined;
	// The line is 1-based; the parser's own message loses the position it appends, and gives way to plain words for
	// the mistakes editors make most.
	const line = error.linePos?.[0].line ?? 1;
	const reason =
		PLAIN_REASONS[error.code] ?? error.message.replace(/ at line \d+, column \d+[\s\S]*$/, '');
	return { line, reason };
}

const PLAIN_REASONS: Partial<Record<YAMLParseError['code'], string>> = {
	BAD_INDENT: 'bad indentation',
	MISSING_CHAR: 'bad indentation of a list entry or a missing "-", ":" or closing bracket',
	TAB_AS_INDENT: 'a tab used to indent (YAML indents with spaces)',
	DUPLICATE_KEY: 'the same field given twice',
	MULTILINE_IMPLICIT_KEY: 'a field name that runs over two lines, or text with ": " left unquoted',
	BLOCK_AS_IMPLICIT_KEY: 'a field name that runs over two lines, or text with ": " left unquoted',
};
