import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { type Document, type Element, isTag } from 'domhandler';
import { ADMIN_PATH } from '../../src/site/links/site-paths.ts';
import { lastBuildStart, outputRecordFile } from '../../src/build/stale-output.ts';
import type { buildClaimsJson } from '../../src/site/export/claims-json.ts';

type ClaimsJson = ReturnType<typeof buildClaimsJson>;

/** The built site's folder: `dist`, or `CLAIMS_DIST_DIR` (the workflow benchmark checks its own build). */
export const DIST = process.env['CLAIMS_DIST_DIR'] ?? 'dist';

/**
 * Every reader's HTML page in dist/, as its URL path (`/claims/x/`) and file. The admin page is an app for editors,
 * with its own tests (admin.test.ts), not a page of the site.
 */
export function builtPages(): Array<{ path: string; file: string }> {
	return allBuiltPages().filter(({ path }) => !path.startsWith(ADMIN_PATH));
}

/**
 * The pages whose every detail the per-page tests check: all of them, or with `CLAIMS_VALIDATE=changed` (the deploy
 * workflow at scale), those the last build wrote plus a fixed sample of about one in a hundred of the rest and the
 * home page, so an edit's checks cost what the edit changed. Without a record of the last build, all of them.
 */
export function pagesToValidate(): Array<{ path: string; file: string }> {
	const pages = builtPages();
	if (process.env['CLAIMS_VALIDATE'] !== 'changed') return pages;
	const since = lastBuildStart(resolve(DIST), outputRecordFile(process.cwd()));
	if (since === undefined) return pages;
	return pages.filter(
		({ path, file }) => path === '/' || inFixedSample(path) || statSync(file).mtimeMs >= since
	);
}

/** About one page in a hundred, the same ones on every run. */
function inFixedSample(path: string): boolean {
	return createHash('sha256').update(path).digest().readUInt16BE(0) < 65536 / 100;
}

/** Every HTML page in dist/, the admin's included. */
export function allBuiltPages(): Array<{ path: string; file: string }> {
	return readdirSync(DIST, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const path = `/${relative(DIST, file)}`.replace(/index\.html$/, '');
			return { path, file };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Parses a built HTML file. */
export function parseHtml(file: string): Document {
	return parseDocument(readFileSync(file, 'utf8'));
}

/** All elements of a document, depth first. */
export function elements(node: Document | Element): Element[] {
	return node.children.filter(isTag).flatMap((child) => [child, ...elements(child)]);
}

/** The built claims.json. */
export function builtClaimsJson(): ClaimsJson {
	return JSON.parse(readFileSync(join(DIST, 'claims.json'), 'utf8')) as ClaimsJson;
}
