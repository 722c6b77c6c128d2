import { parseArgs } from 'node:util';
import { contentRoot } from '../../core/content-folders.ts';
import { isTimestampWithOffset } from '../../core/dates/format-timestamp.ts';
import { ID_PATTERN } from '../../core/schemas/id.ts';
import { IngestError } from './extract/article.ts';
import type { IngestOptions } from './plan/plan-ingest.ts';

/** What `npm run ingest -- --help` prints. */
export const INGEST_HELP = `Usage: npm run ingest -- <article file> [options]

Turns a raw article (plain text as scraped, or Markdown with or without frontmatter) into
content/sources/<id>.md and draft claims (draft: true) for an editor to review.

Options:
  --out DIR          content folder to write into (default: content, or CLAIMS_CONTENT_DIR)
  --id ID            id of the source, kebab-case (default: from the file name)
  --url URL          address of the original article
  --outlet NAME      the publication, when the text does not name it, e.g. "The Guardian"
  --published TIME   first publication time with its UTC offset, e.g. 2024-10-18T09:51:00-04:00
  --dry-run          print what would be written, and write nothing
  --help             show this help

Example:
  npm run ingest -- tests/fixtures/articles/guardian-2024-10-18-north-korean-troops-russia.txt --outlet "The Guardian"

Re-running on the same article is safe: files an editor has changed are left alone.`;

/** The parsed command line. */
export interface IngestCommand {
	file: string;
	options: IngestOptions;
	dryRun: boolean;
	help: boolean;
}

/** Parses and checks the ingest command line; a mistake throws an IngestError that says how to fix it. */
export function parseIngestArguments(args: readonly string[]): IngestCommand {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...args],
			allowPositionals: true,
			options: {
				out: { type: 'string', default: contentRoot() },
				id: { type: 'string' },
				url: { type: 'string' },
				outlet: { type: 'string' },
				published: { type: 'string' },
				'dry-run': { type: 'boolean', default: false },
				help: { type: 'boolean', default: false },
			},
		});
	} catch (error) {
		throw new IngestError(
			`${(error as Error).message.replace(/\. To specify.*$/s, '')} — see npm run ingest -- --help`
		);
	}
	const { values, positionals } = parsed;
	if (values.help) return { file: '', options: { out: values.out }, dryRun: false, help: true };
	if (positionals.length !== 1) {
		throw new IngestError(
			`${positionals.length === 0 ? 'no article file given' : `one article at a time, got ${positionals.length} files`} — run npm run ingest -- <file> [options]; see --help`
		);
	}
	if (values.published !== undefined && !isTimestampWithOffset(values.published)) {
		throw new IngestError(
			`--published "${values.published}" is not a time with its UTC offset — write it like 2024-10-18T09:51:00-04:00`
		);
	}
	if (values.url !== undefined && !/^https?:\/\/\S+$/.test(values.url))
		throw new IngestError(
			`--url "${values.url}" is not an http(s) address — paste the article's address`
		);
	if (values.id !== undefined && !ID_PATTERN.test(values.id))
		throw new IngestError(
			`--id "${values.id}" is not kebab-case — use lowercase words joined by hyphens`
		);
	if (values.outlet !== undefined && values.outlet.trim() === '')
		throw new IngestError('--outlet is empty — name the publication, e.g. --outlet "The Guardian"');
	return {
		file: positionals[0]!,
		options: {
			out: values.out,
			id: values.id,
			url: values.url,
			outlet: values.outlet?.trim(),
			published: values.published,
		},
		dryRun: values['dry-run'],
		help: false,
	};
}
