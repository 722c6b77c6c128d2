import type { ClaimRecord } from '../../schemas/records.ts';
import { PAGE_PATHS } from './page-paths.ts';

/** A permanent redirect from a claim's old URL to its current one. */
export interface AliasRedirect {
	alias: string;
	claim: ClaimRecord;
	from: string;
	to: string;
}

/** The redirect of every old id (alias) of a published claim. */
export function aliasRedirects(claims: readonly ClaimRecord[]): AliasRedirect[] {
	return claims
		.filter((claim) => !claim.data.draft)
		.flatMap((claim) =>
			claim.data.aliases.map((alias) => ({
				alias,
				claim,
				from: PAGE_PATHS.claims(alias),
				to: PAGE_PATHS.claims(claim.id),
			}))
		)
		.sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The `_redirects` file that Netlify, Cloudflare Pages and similar hosts read: a 301 for each old URL, with and
 * without its trailing slash. Hosts that ignore it still serve the HTML redirect page at the old URL.
 */
export function formatRedirectsFile(redirects: readonly AliasRedirect[]): string {
	const lines = redirects.flatMap(({ from, to }) => [
		`${from} ${to} 301`,
		`${from.replace(/\/$/, '')} ${to} 301`,
	]);
	return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
