import type { z } from 'astro/zod';
import {
	V1_FIGURE_QUALIFIERS,
	V1_STATUSES,
	type ClaimsJsonV1Schema,
} from '../../core/schemas/claims-json-v1.ts';
import type { FigureQualifier } from '../../core/figures/figure.ts';
import type { Status } from '../../core/statuses/statuses.ts';
import type { SiteIndex } from '../site-index.ts';
import { isRated } from '../../core/claims/verdict.ts';
import { buildClaimsJsonV2 } from './claims-json-v2.ts';

type V1Status = (typeof V1_STATUSES)[number];
type V1Qualifier = (typeof V1_FIGURE_QUALIFIERS)[number];

// Each newer value becomes the version 1 value nearest in meaning, as version 1 used them: a statement overtaken by
// later facts was recorded as withdrawn, and "at least" as more than.
const V1_STATUS: Record<Status, V1Status> = {
	claimed: 'claimed',
	corroborated: 'corroborated',
	confirmed: 'confirmed',
	mixed: 'disputed',
	disputed: 'disputed',
	refuted: 'refuted',
	outdated: 'withdrawn',
	withdrawn: 'withdrawn',
};

const V1_QUALIFIER: Record<FigureQualifier, V1Qualifier> = {
	exact: 'exact',
	about: 'about',
	nearly: 'about',
	'at-least': 'more-than',
	'more-than': 'more-than',
	'up-to': 'up-to',
	range: 'range',
	vague: 'vague',
};

/**
 * `/claims.v1.json`: the first published shape, for consumers that have not moved to version 2 or 3. Opinions, which it
 * cannot express, are left out, with relations to them; newer statuses and qualifiers are mapped onto version 1's.
 */
export function buildClaimsJsonV1(
	index: SiteIndex,
	site: string
): z.output<typeof ClaimsJsonV1Schema> {
	const rated = new Set(index.claims.filter(isRated).map((claim) => claim.id));
	const { claims } = buildClaimsJsonV2(index, site);
	return {
		schemaVersion: 1,
		claims: claims
			.filter((claim) => rated.has(claim.id))
			.map((claim) => ({
				id: claim.id,
				url: claim.url,
				title: claim.title,
				statement: claim.statement,
				claimant: claim.claimant,
				claimed: claim.claimed,
				event: claim.event,
				figures: claim.figures.map((figure) => ({
					...figure,
					qualifier: V1_QUALIFIER[figure.qualifier],
				})),
				places: claim.places,
				topics: claim.topics,
				status: V1_STATUS[claim.status!],
				statusHistory: claim.statusHistory.map(({ date, status, note, source }) => ({
					date,
					status: V1_STATUS[status],
					note,
					...(source === undefined ? {} : { source }),
				})),
				sources: claim.sources,
				related: claim.related.filter((relation) => rated.has(relation.claim)),
			})),
	};
}
