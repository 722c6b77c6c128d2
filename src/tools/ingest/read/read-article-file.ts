import { readFileSync, statSync } from 'node:fs';
import { fileTypeFromBuffer } from 'file-type';
import { IngestError } from '../extract/article.ts';
import { decodeText } from './decode-text.ts';

/** The largest file read: five times a heavy news page saved whole, scripts and all. Past it, a file is no article. */
export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

/**
 * Reads an article file as text. A missing file, a folder, an empty or oversized file, a document of another kind
 * (PDF, Word, an image) or text in an unknown encoding is an IngestError that says what the file is and what to do.
 */
export async function readArticleFile(path: string): Promise<string> {
	const bytes = readBytes(path);
	const kind = await fileTypeFromBuffer(bytes);
	if (kind !== undefined && !TEXT_TYPES.has(kind.mime))
		throw new IngestError(
			`${path} is ${describeType(kind)}, not an article page — copy the article's text into a .txt file, or save the web page as HTML, and run again`
		);
	const text = decodeText(bytes, path);
	if (text.trim() === '')
		throw new IngestError(`${path} is empty — give the file that holds the article text`);
	return text;
}

// Text formats file-type recognises that can still hold an article.
const TEXT_TYPES: ReadonlySet<string> = new Set(['application/xml', 'text/xml', 'image/svg+xml']);

function readBytes(path: string): Buffer {
	try {
		const stats = statSync(path);
		if (stats.isDirectory())
			throw new IngestError(`${path} is a folder — give the article file itself`);
		if (stats.size > MAX_ARTICLE_BYTES)
			throw new IngestError(
				`${path} is ${megabytes(stats.size)}, more than any article page (the limit is ${megabytes(MAX_ARTICLE_BYTES)}) — save the article alone (the page, or its text in a .txt file), not a whole site or feed`
			);
		return readFileSync(path);
	} catch (error) {
		if (error instanceof IngestError) throw error;
		throw new IngestError(
			`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}) — check the path`
		);
	}
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describeType(kind: { ext: string; mime: string }): string {
	if (kind.ext === 'pdf') return 'a PDF document';
	if (['docx', 'doc', 'odt', 'rtf'].includes(kind.ext))
		return `a word-processor document (.${kind.ext})`;
	if (kind.mime.startsWith('image/')) return `an image (.${kind.ext})`;
	return `a .${kind.ext} file (${kind.mime})`;
}
