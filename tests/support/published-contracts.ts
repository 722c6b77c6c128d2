// The public contracts of DESIGN.md, written out here rather than imported from src/: a change to the code that
// breaks a contract must fail the tests, not quietly move the expectation along with it.

/** The keys of every claim in claims.json (schema versions 2 and 3, kept at claims.v2.json), in the published order. */
export const CLAIM_JSON_KEYS = [
	'id',
	'url',
	'title',
	'statement',
	'kind',
	'claimant',
	'claimed',
	'event',
	'figures',
	'places',
	'topics',
	'status',
	'statusSince',
	'whyNotRated',
	'reviewed',
	'statusHistory',
	'evidence',
	'sources',
	'related',
];

/** The keys of a figure in claims.json (version 3), in order; min and max only when set. */
export const FIGURE_JSON_KEYS = ['value', 'unit', 'qualifier', 'min', 'max', 'measure', 'asOf'];

/** The keys of a figure in claims.v2.json, in order; min and max only when set. */
export const FIGURE_JSON_V2_KEYS = ['value', 'unit', 'qualifier', 'min', 'max'];

/** The keys of every measure in measures.json, in the published order. */
export const MEASURE_JSON_KEYS = [
	'id',
	'url',
	'name',
	'definition',
	'quantity',
	'kind',
	'scope',
	'partOf',
	'charted',
	'estimates',
];

/** The keys of every claim in claims.v1.json, the first published shape, kept for existing consumers. */
export const CLAIM_JSON_V1_KEYS = [
	'id',
	'url',
	'title',
	'statement',
	'claimant',
	'claimed',
	'event',
	'figures',
	'places',
	'topics',
	'status',
	'statusHistory',
	'sources',
	'related',
];

/** The statuses and figure qualifiers claims.v1.json was published with. */
export const V1_VALUES = {
	statuses: ['claimed', 'corroborated', 'confirmed', 'disputed', 'refuted', 'withdrawn'],
	qualifiers: ['exact', 'about', 'more-than', 'up-to', 'range', 'vague'],
};

/** The statuses, kinds and figure qualifiers claims.v2.json was published with. */
export const V2_VALUES = {
	statuses: [
		'claimed',
		'corroborated',
		'confirmed',
		'mixed',
		'disputed',
		'refuted',
		'outdated',
		'withdrawn',
	],
	kinds: ['fact', 'prediction', 'opinion'],
	qualifiers: ['exact', 'about', 'nearly', 'at-least', 'more-than', 'up-to', 'range', 'vague'],
};

/** The header row of claims.csv, in the published order. */
export const CLAIMS_CSV_HEADER = [
	'id',
	'url',
	'title',
	'statement',
	'claimant_id',
	'claimant_name',
	'claimed',
	'event',
	'status',
	'status_since',
	'figures',
	'figure_values',
	'places',
	'topics',
	'source_ids',
	'quotes',
	'related',
	'kind',
	'why_not_rated',
	'evidence',
	'figure_measures',
	'figure_as_of',
];
