import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	formatHeadersFile,
	metaPolicy,
	unionOfPolicies,
} from '../lib/security/content-security-policy.ts';

/**
 * After a build, writes `_headers` with a Content-Security-Policy that allows what the pages' own `<meta>` policies
 * allow, so hosts that read the file enforce it as a header too.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'claims-tracker:security-headers',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const policies = readdirSync(root, { recursive: true, withFileTypes: true })
					.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
					.map((entry) => metaPolicy(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
					.filter((policy): policy is string => policy !== undefined);
				writeFileSync(join(root, '_headers'), formatHeadersFile(unionOfPolicies(policies)));
			},
		},
	};
}
