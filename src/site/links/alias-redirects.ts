import type { ClaimRecord, MeasureRecord } from '../../core/schemas/records.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';

/** A permanent redirect from a renamed record's old URL to its current one. */
export interface AliasRedirect {
	alias: string;
	/** What moved, in a word: "claim", "measure". */
	record: string;
	/** The record's title (a claim's) or name (a measure's), for the page at the old address. */
	title: string;
	from: string;
	to: string;
}

/** The records whose pages are cited one by one, so a rename keeps the old id as an alias. */
type Renamable = Pick<ClaimRecord, 'id'> & { data: { aliases: string[]; draft: boolean } };

const RENAMABLE = {
	claims: { record: 'claim', title: (record: Renamable) => (record as ClaimRecord).data.title },
	measures: {
		record: 'measure',
		title: (record: Renamable) => (record as MeasureRecord).data.name,
	},
} as const;

/** The redirect of every old id (alias) of a published claim or measure. */
export function aliasRedirects(
	collection: keyof typeof RENAMABLE,
	records: readonly Renamable[]
): AliasRedirect[] {
	const { record, title } = RENAMABLE[collection];
	return records
		.filter((renamed) => !renamed.data.draft)
		.flatMap((renamed) =>
			renamed.data.aliases.map((alias) => ({
				alias,
				record,
				title: title(renamed),
				from: PAGE_PATHS[collection](alias),
				to: PAGE_PATHS[collection](renamed.id),
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
