import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { collectionFiles, publishedLedgerPath } from '../../core/content-folders.ts';
import { parsePagePath } from '../../core/links/page-paths.ts';

/**
 * Claim ids the site has published that no claim file holds any more: the old ids of renamed claims, which still
 * redirect. A new claim must not take one, or an old link would lead to a different claim.
 */
export function retiredClaimIds(root?: string): string[] {
	const ledger = publishedLedgerPath(root);
	if (!existsSync(ledger)) return [];
	const { base, extensions } = collectionFiles('claims', root);
	const current = new Set(
		existsSync(base)
			? readdirSync(base)
					.filter((name) => (extensions as readonly string[]).includes(extname(name)))
					.map((name) => basename(name, extname(name)))
			: []
	);
	const published = readFileSync(ledger, 'utf8')
		.split(/\r?\n/)
		.map((line) => parsePagePath(line.trim()))
		.flatMap((page) => (page?.collection === 'claims' ? [page.id] : []));
	return [...new Set(published)].filter((id) => !current.has(id)).sort();
}
