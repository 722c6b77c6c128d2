import { ClaimSchema, type ClaimData } from '../../../src/core/schemas/claim.ts';
import { ClaimantSchema } from '../../../src/core/schemas/claimant.ts';
import { MeasureSchema } from '../../../src/core/schemas/measure.ts';
import { PlaceSchema } from '../../../src/core/schemas/place.ts';
import { SourceSchema } from '../../../src/core/schemas/source.ts';
import type {
	ClaimantRecord,
	ClaimRecord,
	MeasureRecord,
	PlaceRecord,
	SourceRecord,
} from '../../../src/core/schemas/records.ts';

/** A valid text hash, for sources and citations that do not check it. */
export const TEXT_HASH = `sha256:${'0'.repeat(64)}`;

/**
 * A claim record from partial frontmatter, parsed through ClaimSchema so its defaults are filled in: a fact, claimed,
 * unless the fields say otherwise (an opinion gets a reason for not being rated instead of a status).
 */
export function claimRecord(
	id: string,
	fields: Record<string, unknown> = {},
	body?: string
): ClaimRecord {
	const rating =
		fields['kind'] === 'opinion'
			? { whyNotRated: 'A judgement, not a statement that can be checked.' }
			: {
					status: 'claimed',
					statusHistory: [{ date: '2024-10-18', status: 'claimed', note: 'First recorded.' }],
				};
	const data: ClaimData = ClaimSchema.parse({
		title: `Title of ${id}`,
		statement: `Statement of ${id}.`,
		kind: 'fact',
		claimant: 'nis',
		claimed: '2024-10-18',
		...rating,
		sources: [{ source: 'guardian', quote: 'A quoted sentence.' }],
		...fields,
	});
	return body === undefined ? { id, data } : { id, data, body };
}

/** A claimant record, parsed through ClaimantSchema. */
export function claimantRecord(id: string, fields: Record<string, unknown> = {}): ClaimantRecord {
	return {
		id,
		data: ClaimantSchema.parse({
			name: `Name of ${id}`,
			shortName: id.toUpperCase(),
			kind: 'intelligence-agency',
			...fields,
		}),
	};
}

/** A source record, parsed through SourceSchema; the body is its stored text. */
export function sourceRecord(
	id: string,
	fields: Record<string, unknown> = {},
	body?: string
): SourceRecord {
	const data = SourceSchema.parse({
		outlet: 'The Guardian',
		url: `https://www.example.org/${id}`,
		headline: `Headline of ${id}`,
		published: '2024-10-18T09:51:00-04:00',
		textHash: TEXT_HASH,
		...fields,
	});
	return body === undefined ? { id, data } : { id, data, body };
}

/** A place record, with the fields given laid over a city located by a GeoNames id. */
export function placeRecord(id: string, fields: Record<string, unknown> = {}): PlaceRecord {
	return {
		id,
		data: PlaceSchema.parse({
			names: { en: `Name of ${id}`, uk: id, ru: id, ko: id },
			kind: 'city',
			location: { geonames: 2013348 },
			...fields,
		}),
	};
}

/** A measure record, parsed through MeasureSchema: a charted count of people at a date unless the fields say otherwise. */
export function measureRecord(id: string, fields: Record<string, unknown> = {}): MeasureRecord {
	return {
		id,
		data: MeasureSchema.parse({
			name: `Name of ${id}`,
			definition: `What ${id} counts.`,
			quantity: 'people',
			kind: 'stock',
			scope: { who: 'North Korean military personnel' },
			charted: true,
			...fields,
		}),
	};
}

/** A figure of a measure ("troops" unless given), as a claim's frontmatter holds it. */
export function figureOf(
	measure: string,
	value: number,
	fields: Record<string, unknown> = {}
): Record<string, unknown> {
	return { value, unit: 'troops', qualifier: 'exact', measure, ...fields };
}
