import { createHash } from 'node:crypto';

const STAMP = /^# Written by npm run ingest \(ingest-hash (sha256:[0-9a-f]{64})\)\. .*\n/m;

/**
 * Marks a file the ingest tool wrote with the hash of its contents, as a YAML comment on its first frontmatter (or
 * first) line. A later run can then tell a file nobody has touched from one an editor has changed, and leave the latter.
 */
export function stampFile(text: string): string {
	const line = `# Written by npm run ingest (ingest-hash ${hashOf(text)}). Once you edit this file, ingest leaves it alone.\n`;
	return text.startsWith('---\n') ? `---\n${line}${text.slice(4)}` : `${line}${text}`;
}

/** Whether a file is exactly as the ingest tool wrote it: stamped, and its contents still match the stamp. */
export function isUntouchedIngestOutput(text: string): boolean {
	// Line endings do not count: a checkout on Windows may turn them into CRLF.
	const unix = text.replace(/\r\n/g, '\n');
	const stamp = STAMP.exec(unix);
	return stamp !== null && hashOf(unix.replace(STAMP, '')) === stamp[1];
}

function hashOf(text: string): string {
	return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}
