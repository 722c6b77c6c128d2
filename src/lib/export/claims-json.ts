import type { z } from 'astro/zod';
import type { ClaimsJsonSchema } from '../../schemas/claims-json.ts';
import type { SiteIndex } from '../site/site-index.ts';

/** Version of the `/claims.json` shape; bump it, and keep the old shape available, when a field changes meaning. */
export const CLAIMS_JSON_SCHEMA_VERSION = 1;

/** The public `/claims.json` document: every published claim, in the shape of the public contract (README, "The data"; the zod schema in src/schemas/claims-json.ts). */
export function buildClaimsJson(index: SiteIndex, site: string): z.output<typeof ClaimsJsonSchema> {
	const claims = [...index.claims].sort((a, b) => a.id.localeCompare(b.id));
	return {
		schemaVersion: CLAIMS_JSON_SCHEMA_VERSION,
		claims: claims.map(({ id, data }) => ({
			id,
			url: `${site}/claims/${id}/`,
			title: data.title,
			statement: data.statement,
			claimant: { id: data.claimant, name: index.claimant(data.claimant).data.name },
			claimed: data.claimed,
			event: data.event ?? null,
			figures: data.figures.map(({ value, unit, qualifier, min, max }) => ({
				value,
				unit,
				qualifier,
				...(min === undefined ? {} : { min }),
				...(max === undefined ? {} : { max }),
			})),
			places: data.places,
			topics: data.topics,
			status: data.status,
			statusHistory: data.statusHistory.map(({ date, status, note, source }) => ({
				date,
				status,
				note,
				...(source === undefined ? {} : { source }),
			})),
			// The original's address; null when the stored copy of the source does not carry one.
			sources: data.sources.map(({ source, quote }) => ({
				id: source,
				url: index.source(source).data.url || null,
				quote: quote ?? null,
			})),
			related: data.related.map(({ type, claim }) => ({ type, claim })),
		})),
	};
}
