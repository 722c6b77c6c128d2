import { dirname, join } from 'node:path';
import { type CollectionName } from '../../collections.ts';
import { collectionFiles } from '../../content-folders.ts';
import { parsePagePath } from '../../links/page-paths.ts';
import type { ParsedContent } from '../parse-records.ts';
import type { PublishedLedger } from '../read-content-files.ts';
import type { Problem } from '../problem.ts';

/**
 * Every URL the site has ever published still leads somewhere: a claim, claimant, source, place or measure page, or
 * (for a renamed claim or measure) the redirect from its old id. A deleted file would otherwise break every link to it.
 */
export function checkPublishedLedger(
	content: ParsedContent,
	ledger: PublishedLedger | undefined
): Problem[] {
	if (!ledger) return [];
	const pages = {
		claims: new Set(
			content.claims
				.filter((claim) => !claim.data.draft)
				.flatMap((claim) => [claim.id, ...claim.data.aliases])
		),
		claimants: new Set(
			content.claimants.filter((claimant) => !claimant.data.draft).map((claimant) => claimant.id)
		),
		sources: new Set(content.sources.map((source) => source.id)),
		places: new Set(content.places.map((place) => place.id)),
		measures: new Set(
			content.measures
				.filter((measure) => !measure.data.draft)
				.flatMap((measure) => [measure.id, ...measure.data.aliases])
		),
	};
	const drafts = new Set(
		[...content.claims, ...content.claimants, ...content.measures]
			.filter((record) => record.data.draft)
			.map((record) => record.id)
	);
	const parsed = new Set(
		[
			...content.claims,
			...content.claimants,
			...content.sources,
			...content.places,
			...content.measures,
		].map((record) => record.id)
	);
	return ledger.lines.flatMap((line, index): Problem[] => {
		const field = `line ${index + 1}`;
		if (line.trim() === '') return [];
		const page = parsePagePath(line.trim());
		if (!page)
			return [
				{
					file: ledger.file,
					field,
					message: `"${line}" is not a page path like /claims/<id>/ — run npm run ledger to rewrite the file`,
				},
			];
		if (pages[page.collection].has(page.id)) return [];
		// A file that is there but broken is reported by its own rules.
		if (content.fileIds[page.collection].has(page.id) && !parsed.has(page.id)) return [];
		if (drafts.has(page.id)) {
			return [
				{
					file: ledger.file,
					field,
					message: `${line.trim()} was published, but its record is a draft again, so the page is gone — remove draft: true (if its claimant retracted it, add a dated withdrawn entry with retractedBy instead; if it duplicates another claim, link it with supersedes from that claim)`,
				},
			];
		}
		const fix =
			page.collection === 'claims'
				? `restore ${recordFile(ledger, 'claims', page.id)} (keep a published claim: if it duplicates another, link it with supersedes from that one, or add ${page.id} to that claim's aliases)`
				: page.collection === 'measures'
					? `restore ${recordFile(ledger, 'measures', page.id)}, or add ${page.id} to the aliases of the measure that replaced it`
					: `restore ${recordFile(ledger, page.collection, page.id)}`;
		return [
			{
				file: ledger.file,
				field,
				message: `${line.trim()} was published, but no page or redirect answers it now — ${fix}`,
			},
		];
	});
}

/** Where a record's file lives: beside the ledger, in its collection's folder. */
function recordFile(ledger: PublishedLedger, collection: CollectionName, id: string): string {
	const { base, extensions } = collectionFiles(collection, dirname(ledger.file));
	return join(base, `${id}${extensions[0]}`);
}
