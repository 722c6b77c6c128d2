import { compareFuzzyDates } from '../dates/date-order.ts';
import { toFuzzyDate } from '../dates/fuzzy-date.ts';
import { publicationDay } from '../dates/publication-date.ts';
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
	/** Claims whose status history names the source as evidence. */
	claimsWithEvidenceFrom(sourceId: string): ClaimRecord[];
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
			(a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id)
		),
		claim: byId(claims, 'published claim'),
		claimant: byId(claimants, 'claimant'),
		source: byId(sources, 'source'),
		claimsBy: (claimantId) => claims.filter((claim) => claim.data.claimant === claimantId),
		claimsCiting: (sourceId) =>
			claims.filter((claim) => claim.data.sources.some((citation) => citation.source === sourceId)),
		claimsWithEvidenceFrom: (sourceId) =>
			claims.filter((claim) =>
				claim.data.statusHistory.some((change) => change.source === sourceId)
			),
	};
}

/** Newest first: by calendar day, then, between two timestamps, by instant. */
function compareNewestFirst(a: string, b: string): number {
	return (
		publicationDay(b).localeCompare(publicationDay(a)) ||
		(Date.parse(b) || 0) - (Date.parse(a) || 0)
	);
}
