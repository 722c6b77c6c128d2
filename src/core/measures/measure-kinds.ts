import { anyOf } from '../text/word-list.ts';

/** Whether a measure counts what there is at a date or what happened over a period. */
export const MEASURE_KINDS = ['stock', 'flow'] as const;

export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** What each kind means, for forms, the method page and the measure pages. */
export const MEASURE_KIND_DEFINITIONS: Record<MeasureKind, { label: string; definition: string }> =
	{
		stock: {
			label: 'At a date',
			definition:
				'how many there are, or have been so far, on a given date (troops in Russia now, killed so far)',
		},
		flow: {
			label: 'Over a period',
			definition: 'how many over a stated period (troops sent in January, killed in one week)',
		},
	};

/** What one unit of a measure is: what its numbers count ("items" for anything else counted one by one). */
export const QUANTITIES = [
	'people',
	'shells',
	'missiles',
	'drones',
	'weapons',
	'vehicles',
	'aircraft',
	'ships',
	'voyages',
	'containers',
	'strikes',
	'attacks',
	'units',
	'percent',
	'items',
] as const;

export type Quantity = (typeof QUANTITIES)[number];

/** The kinds in one phrase, each glossed, for a schema description. */
export function describeMeasureKinds(): string {
	return anyOf(
		MEASURE_KINDS.map((kind) => `${kind} (${MEASURE_KIND_DEFINITIONS[kind].definition})`)
	);
}
