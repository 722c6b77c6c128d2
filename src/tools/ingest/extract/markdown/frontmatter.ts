import { loadContentYaml, yamlSyntaxError } from '../../../../core/yaml/content-yaml.ts';
import { IngestError } from '../article.ts';

/**
 * Splits a leading `---` YAML block off a Markdown text and reads it, keeping unquoted dates as written;
 * undefined when the text has no frontmatter. Line numbers are the file's.
 */
export function splitFrontmatter(text: string): Frontmatter | undefined {
	const lines = text.split('\n');
	if (lines[0]?.trimEnd() !== '---') return undefined;
	const closing = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
	if (closing === -1)
		throw new IngestError(
			'the frontmatter opened on line 1 is never closed — add a line "---" after the last metadata field',
			1
		);
	const yamlText = lines.slice(1, closing).join('\n');
	return {
		fields: readFields(yamlText),
		keyLines: topLevelKeyLines(lines.slice(1, closing)),
		body: lines.slice(closing + 1).join('\n'),
		bodyFirstLine: closing + 2,
	};
}

interface Frontmatter {
	fields: Record<string, unknown>;
	/** The 1-based file line of each top-level key, for error messages. */
	keyLines: ReadonlyMap<string, number>;
	body: string;
	bodyFirstLine: number;
}

const FIRST_YAML_LINE = 2;

function readFields(yamlText: string): Record<string, unknown> {
	let fields: unknown;
	try {
		fields = loadContentYaml(yamlText);
	} catch (error) {
		const broken = yamlSyntaxError(error);
		if (!broken) throw error;
		const line = broken.line - 1 + FIRST_YAML_LINE;
		throw new IngestError(
			`the frontmatter is not valid YAML (${broken.reason}) — fix line ${line}; quote values that contain ": "`,
			line
		);
	}
	if (fields === undefined || fields === null) return {};
	if (typeof fields !== 'object' || Array.isArray(fields))
		throw new IngestError(
			'the frontmatter is not a list of "key: value" fields — write one field per line, e.g. "title: …"',
			FIRST_YAML_LINE
		);
	return fields as Record<string, unknown>;
}

function topLevelKeyLines(yamlLines: readonly string[]): ReadonlyMap<string, number> {
	const keyLines = new Map<string, number>();
	yamlLines.forEach((line, index) => {
		const key = /^([^\s#:][^:]*?)\s*:(?:\s|$)/.exec(line)?.[1];
		if (key !== undefined && !keyLines.has(key)) keyLines.set(key, index + FIRST_YAML_LINE);
	});
	return keyLines;
}
