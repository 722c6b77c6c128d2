import type { ParsedContent } from '../../core/validation/parse-records.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';

/** The record pages the site publishes now: every published claim, claimant and measure, and every source and place. */
export function publishedPaths(content: ParsedContent): string[] {
	return [
		...content.claims
			.filter((claim) => !claim.data.draft)
			.map((claim) => PAGE_PATHS.claims(claim.id)),
		...content.claimants
			.filter((claimant) => !claimant.data.draft)
			.map((claimant) => PAGE_PATHS.claimants(claimant.id)),
		...content.sources.map((source) => PAGE_PATHS.sources(source.id)),
		...content.places.map((place) => PAGE_PATHS.places(place.id)),
		...content.measures
			.filter((measure) => !measure.data.draft)
			.map((measure) => PAGE_PATHS.measures(measure.id)),
	];
}

/** The ledger's new text: what it held plus what is published now, sorted, each once. Nothing is ever removed. */
export function mergeLedger(existing: readonly string[], published: readonly string[]): string {
	const paths = new Set(
		[...existing, ...published].map((line) => line.trim()).filter((line) => line !== '')
	);
	return `${[...paths].sort().join('\n')}\n`;
}
