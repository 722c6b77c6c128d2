import { compareFuzzyDates } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import type { ClaimantRecord, ClaimRecord, SourceRecord } from './records.ts';

/** Published records with the lookups pages need, built once per build. */
export interface SiteIndex {
	/** Published claims, newest claimed date first. */
	claims: ClaimRecord[];
	claimants: ClaimantRecord[];
	sources: SourceRecord[];
	claim(id: string): ClaimRecord;
	claimant(id: string): ClaimantRecord;
	source(id: string): SourceRecord;
	claimsBy(claimantId: string): ClaimRecord[];
	claimsCiting(sourceId: string): ClaimRecord[];
}

/** Indexes the published claims and claimants (drafts left out) with the sources. */
export function buildSiteIndex(
	allClaims: ClaimRecord[],
	claimants: ClaimantRecord[],
	sources: SourceRecord[]
): SiteIndex {
	const claims = allClaims
		.filter((claim) => !claim.data.draft)
		.sort(
			(a, b) =>
				compareFuzzyDates(toFuzzyDate(b.data.claimed), toFuzzyDate(a.data.claimed)) ||
				a.id.localeCompare(b.id)
		);
	const byId = <T extends { id: string }>(records: T[], what: string) => {
		const map = new Map(records.map((record) => [record.id, record]));
		return (id: string): T => {
			const record = map.get(id);
			// The content check guarantees references resolve; reaching this means the check was skipped.
			if (!record) throw new Error(`No ${what} with id "${id}" — run npm run check`);
			return record;
		};
	};
	return {
		claims,
		claimants: claimants
			.filter((claimant) => !claimant.data.draft)
			.sort((a, b) => a.data.name.localeCompare(b.data.name)),
		sources: [...sources].sort(
			(a, b) =>
				Date.parse(b.data.published) - Date.parse(a.data.published) || a.id.localeCompare(b.id)
		),
		claim: byId(claims, 'published claim'),
		claimant: byId(claimants, 'claimant'),
		source: byId(sources, 'source'),
		claimsBy: (claimantId) => claims.filter((claim) => claim.data.claimant === claimantId),
		claimsCiting: (sourceId) =>
			claims.filter((claim) => claim.data.sources.some((citation) => citation.source === sourceId)),
	};
}
