import type { z } from 'astro/zod';
import type { ClaimsJsonV2Schema } from '../../core/schemas/claims-json-v2.ts';
import type { SiteIndex } from '../site-index.ts';
import { buildClaimsJson } from './claims-json.ts';

/** `/claims.v2.json`: the claims as version 2 had them, each figure without its measure and date. */
export function buildClaimsJsonV2(
	index: SiteIndex,
	site: string
): z.output<typeof ClaimsJsonV2Schema> {
	const { claims } = buildClaimsJson(index, site);
	return {
		schemaVersion: 2,
		claims: claims.map((claim) => ({
			...claim,
			figures: claim.figures.map(({ measure: _measure, asOf: _asOf, ...figure }) => figure),
		})),
	};
}
