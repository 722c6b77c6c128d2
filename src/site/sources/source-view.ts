import type { ClaimRecord, SourceRecord } from '../../core/schemas/records.ts';
import type { SiteIndex } from '../site-index.ts';

/** What a source's page prints: the report, the claims that cite it, and the claims it is evidence for. */
// A type, not an interface: Astro takes it as a page's props only with an implicit index signature.
export type SourceView = {
	source: SourceRecord;
	/** The claims that quote or cite the report. */
	citing: ClaimRecord[];
	/**
	 * The claims the report is evidence for that do not cite it: a claim that rests on the report is listed once,
	 * among those citing it, even when the report also moved its status.
	 */
	evidenceFor: ClaimRecord[];
};

/** The view of one source's page, read from the site index. */
export function buildSourceView(index: SiteIndex, id: string): SourceView {
	const citing = index.claimsCiting(id);
	return {
		source: index.source(id),
		citing,
		evidenceFor: index.claimsWithEvidenceFrom(id).filter((claim) => !citing.includes(claim)),
	};
}
