import { createHash } from 'node:crypto';

/** Hash of a source's stored text, so a claim can name the version it quoted. Line endings do not count. */
export function contentHash(text: string): string {
	const canonical = text.replace(/\r\n?/g, '\n').trim();
	return `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
}
