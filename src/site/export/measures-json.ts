import type { z } from 'astro/zod';
import {
	MEASURES_JSON_SCHEMA_VERSION,
	type MeasuresJsonSchema,
} from '../../core/schemas/measures-json.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import type { SiteIndex } from '../site-index.ts';

/** The public `/measures.json` document: what each figure in claims.json counts. */
export function buildMeasuresJson(
	index: Pick<SiteIndex, 'measures' | 'place' | 'claimsMeasuring'>,
	site: string
): z.output<typeof MeasuresJsonSchema> {
	return {
		schemaVersion: MEASURES_JSON_SCHEMA_VERSION,
		measures: [...index.measures]
			.sort((a, b) => a.id.localeCompare(b.id))
			.map(({ id, data }) => ({
				id,
				url: `${site}${PAGE_PATHS.measures(id)}`,
				name: data.name,
				definition: data.definition,
				quantity: data.quantity,
				kind: data.kind,
				scope: {
					who: data.scope.who,
					place:
						data.scope.place === undefined ? null : index.place(data.scope.place).data.names.en,
				},
				partOf: data.partOf,
				charted: data.charted,
				estimates: index
					.claimsMeasuring(id)
					.flatMap((claim) => claim.data.figures)
					.filter((figure) => figure.measure === id).length,
			})),
	};
}
