import { draftClaims } from '../../../src/tools/ingest/draft/draft-claims.ts';
import { splitSentences } from '../../../src/tools/ingest/segment/split-sentences.ts';

/** Wednesday 20 November 2024, Seoul time: when the test articles were published. */
export const PUBLISHED = '2024-11-20T16:29:06+09:00';

/** Drafts claims from paragraphs of a test article by "Test Outlet", into empty content. */
export function draftsOf(paragraphs: string[]) {
	return draftClaims(splitSentences(paragraphs), {
		sourceId: 'test-source',
		textHash: 'sha256:0',
		published: PUBLISHED,
		outlet: 'Test Outlet',
		claimants: [],
		places: [],
		measures: [],
		takenClaimIds: [],
	});
}
