import { closeSync, openSync, readFileSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH } from '../../site/links/site-paths.ts';
import {
	formatHeadersFile,
	metaPolicy,
	sitePathPatterns,
	unionOfPolicies,
} from '../../site/security/content-security-policy.ts';

const ADMIN_FOLDER = ADMIN_PATH.replace(/^\/|\/$/g, '');

/**
 * After a build, writes `_headers` with a Content-Security-Policy that allows what the pages' own `<meta>` policies
 * allow, so hosts that read the file enforce it as a header too. The admin page gets its own rule: its policy lets
 * it reach the GitHub API, which no reader's page may.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'claims-tracker:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const site: string[] = [];
				const admin: string[] = [];
				for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const policy = metaPolicy(documentHead(join(entry.parentPath, entry.name)));
					if (policy === undefined) continue;
					const topFolder = relative(root, entry.parentPath).split(sep)[0];
					(topFolder === ADMIN_FOLDER ? admin : site).push(policy);
				}
				const topLevel = readdirSync(root, { withFileTypes: true })
					.filter((entry) => entry.name !== ADMIN_FOLDER)
					.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
				writeFileSync(
					join(root, '_headers'),
					formatHeadersFile([
						{ paths: sitePathPatterns(topLevel), policy: unionOfPolicies(site) },
						...(admin.length > 0
							? [{ paths: [`${ADMIN_PATH}*`], policy: unionOfPolicies(admin) }]
							: []),
					])
				);
			},
		},
	};
}

const HEAD_BYTES = 32 * 1024;

/**
 * A page's `<head>`, where its policy `<meta>` is: the first 32 KB when the head ends within them, else the whole
 * file. Reading every page whole cost seconds at 10,000 claims.
 */
function documentHead(file: string): string {
	const descriptor = openSync(file, 'r');
	try {
		const buffer = Buffer.alloc(HEAD_BYTES);
		const text = buffer.toString('utf8', 0, readSync(descriptor, buffer, 0, HEAD_BYTES, 0));
		const end = text.indexOf('</head>');
		return end === -1 ? readFileSync(file, 'utf8') : text.slice(0, end);
	} finally {
		closeSync(descriptor);
	}
}
