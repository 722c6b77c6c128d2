import yaml from 'js-yaml';

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

// The YAML 1.1 timestamp forms that js-yaml (and so Astro) reads as dates.
const TIMESTAMP =
	/^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

const unquotedDateType = new yaml.Type('tag:yaml.org,2002:timestamp', {
	kind: 'scalar',
	resolve: (data: unknown) => typeof data === 'string' && TIMESTAMP.test(data),
	construct: (data: string) => new UnquotedDate(data),
	instanceOf: UnquotedDate,
	represent: (value: object) => (value as UnquotedDate).text,
});

const CONTENT_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [unquotedDateType] });

/** Parses content YAML as Astro does, except that unquoted dates keep their text (see UnquotedDate). */
export function loadContentYaml(text: string): unknown {
	return yaml.load(text, { schema: CONTENT_SCHEMA });
}
