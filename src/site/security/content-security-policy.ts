/** Directives every page gets beside the script and style hashes Astro computes: nothing loads from elsewhere. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy in a built page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
	return META_CSP.exec(html)?.[1]
		?.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"');
}

/**
 * One policy allowing what any page's policy allows (the union of each directive's sources), for a `_headers`
 * file that applies to the whole site.
 */
export function unionOfPolicies(policies: readonly string[]): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const directive of policy
			.split(';')
			.map((part) => part.trim())
			.filter(Boolean)) {
			const [name, ...sources] = directive.split(/\s+/);
			const known = directives.get(name!) ?? new Set<string>();
			for (const source of sources) known.add(source);
			directives.set(name!, known);
		}
	}
	return [...directives]
		.map(([name, sources]) => [name, ...[...sources].sort()].join(' '))
		.join('; ');
}

/** Path patterns in a `_headers` file and the policy sent for them. */
export interface HeaderRule {
	paths: readonly string[];
	policy: string;
}

/**
 * The `_headers` file Netlify and Cloudflare Pages read: each rule's policy (with `frame-ancestors`, which only a
 * header can carry) and a few headers every static site should send, once per path pattern. Hosts send every
 * matching block's headers, so no pattern may match the paths of another rule: the site's rule lists its folders
 * one by one rather than `/*`, and the admin's stricter-elsewhere policy is never combined with it.
 */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
	return rules
		.flatMap(({ paths, policy }) =>
			paths.map((path) =>
				[
					path,
					`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					'',
				].join('\n')
			)
		)
		.join('\n');
}

/** Files that instruct the host and are never served. */
export const HOST_FILES: readonly string[] = ['_headers', '_redirects'];

/** `_headers` path patterns covering a built site's top-level files and folders (`/`, `/claims/*`, `/feed.xml`). */
export function sitePathPatterns(
	entries: ReadonlyArray<{ name: string; isDirectory: boolean }>
): string[] {
	return entries
		.filter(({ name }) => !HOST_FILES.includes(name))
		.flatMap(({ name, isDirectory }) =>
			isDirectory ? [`/${name}/*`] : name === 'index.html' ? ['/', '/index.html'] : [`/${name}`]
		)
		.sort();
}
