import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { type Document, type Element, isTag } from 'domhandler';
import { ADMIN_PATH } from '../../src/lib/admin/admin-path.ts';
import type { buildClaimsJson } from '../../src/lib/export/claims-json.ts';

type ClaimsJson = ReturnType<typeof buildClaimsJson>;

/** The built site's folder. */
export const DIST = 'dist';

/**
 * Every reader's HTML page in dist/, as its URL path (`/claims/x/`) and file. The admin page is an app for editors,
 * with its own tests (admin.test.ts), not a page of the site.
 */
export function builtPages(): Array<{ path: string; file: string }> {
	return allBuiltPages().filter(({ path }) => !path.startsWith(ADMIN_PATH));
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
