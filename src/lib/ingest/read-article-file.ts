import { readFileSync, statSync } from 'node:fs';
import { IngestError } from './article.ts';

/** Reads an article file as UTF-8 text; a missing, empty or binary file is an IngestError that says what to do. */
export function readArticleFile(path: string): string {
	let bytes: Buffer;
	try {
		if (statSync(path).isDirectory())
			throw new IngestError(`${path} is a folder — give the article file itself`);
		bytes = readFileSync(path);
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError(
			`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}) — check the path`
		);
	}
	if (bytes.includes(0))
		throw new IngestError(
			`${path} is a binary file, not text — save the article as plain text or Markdown`
		);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IngestError(`${path} is not UTF-8 text — save it as UTF-8`);
	}
	if (text.trim() === '')
		throw new IngestError(`${path} is empty — give the file that holds the article text`);
	return text;
}
