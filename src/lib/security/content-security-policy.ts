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

/**
 * The `_headers` file Netlify and Cloudflare Pages read: the site-wide policy (with `frame-ancestors`, which only a
 * header can carry) and a few headers every static site should send.
 */
export function formatHeadersFile(policy: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'',
	].join('\n');
}
