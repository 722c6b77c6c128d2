import type { z } from 'astro/zod';
import {
	CLAIMS_JSON_SCHEMA_VERSION,
	type ClaimsJsonSchema,
} from '../../core/schemas/claims-json.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import { figureAsOf } from '../measures/estimates.ts';
import type { SiteIndex } from '../site-index.ts';

/** The public `/claims.json` document: every published claim, in the shape of the public contract (README, "The data"; the zod schema in src/core/schemas/claims-json.ts). */
export function buildClaimsJson(index: SiteIndex, site: string): z.output<typeof ClaimsJsonSchema> {
	const claims = [...index.claims].sort((a, b) => a.id.localeCompare(b.id));
	return {
		schemaVersion: CLAIMS_JSON_SCHEMA_VERSION,
		claims: claims.map(({ id, data }) => ({
			id,
			url: `${site}${PAGE_PATHS.claims(id)}`,
			title: data.title,
			statement: data.statement,
			kind: data.kind,
			claimant: { id: data.claimant, name: index.claimant(data.claimant).data.name },
			claimed: data.claimed,
			event: data.event ?? null,
			figures: data.figures.map((figure) => ({
				value: figure.value,
				unit: figure.unit,
				qualifier: figure.qualifier,
				...(figure.min === undefined ? {} : { min: figure.min }),
				...(figure.max === undefined ? {} : { max: figure.max }),
				measure: figure.measure,
				asOf: figureAsOf(data, figure),
			})),
			places: data.places.map((place) => index.place(place).data.names.en),
			topics: data.topics,
			status: data.status ?? null,
			statusSince: data.statusHistory.at(-1)?.date ?? null,
			whyNotRated: data.whyNotRated ?? null,
			reviewed: data.reviewed ?? null,
			statusHistory: data.statusHistory.map(({ date, status, note, source, retractedBy }) => ({
				date,
				status,
				note,
				...(source === undefined ? {} : { source }),
				...(retractedBy === undefined ? {} : { retractedBy }),
			})),
			evidence: data.evidence.map(({ date, source, bearing, note }) => ({
				date,
				source,
				bearing,
				note,
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
