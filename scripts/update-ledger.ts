/**
 * `npm run ledger`: adds every page the site publishes now to content/published-urls.txt, the committed list of
 * URLs that must never break. Run it before publishing, and commit the file; nothing is ever removed from it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { contentRoot, publishedLedgerPath } from '../src/core/content-folders.ts';
import { mergeLedger, publishedPaths } from '../src/site/links/published-paths.ts';
import { validateContent } from '../src/core/validation/validate-content.ts';

const root = contentRoot();
const file = publishedLedgerPath(root);
const existing = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
const updated = mergeLedger(existing, publishedPaths(validateContent(root).content));
const added =
	updated.split('\n').filter(Boolean).length -
	new Set(existing.map((line) => line.trim()).filter(Boolean)).size;
writeFileSync(file, updated);
console.log(
	`${file}: ${added === 0 ? 'already lists every published page' : `${added} new ${added === 1 ? 'page' : 'pages'} added`}. Commit it with the content.`
);
