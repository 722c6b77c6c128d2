// The public contracts of DESIGN.md, written out here rather than imported from src/: a change to the code that
// breaks a contract must fail the tests, not quietly move the expectation along with it.

/** The keys of every claim in claims.json, in the published order. */
export const CLAIM_JSON_KEYS = [
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
];
