import { formatFigure } from '../../core/figures/format-figure.ts';
import type { StatedFigure } from '../../core/schemas/figure.ts';
import type { SiteIndex } from '../site-index.ts';
import { buildClaimsJson } from './claims-json.ts';
import { toCsv } from './csv.ts';

type ExportedClaim = ReturnType<typeof buildClaimsJson>['claims'][number];

const LIST = '; ';
const QUOTE_LIST = ' | ';

/** Each column's header and how a claim fills it, in the published column order. */
const COLUMNS: Array<[header: string, value: (claim: ExportedClaim) => string]> = [
	['id', (claim) => claim.id],
	['url', (claim) => claim.url],
	['title', (claim) => claim.title],
	['statement', (claim) => claim.statement],
	['claimant_id', (claim) => claim.claimant.id],
	['claimant_name', (claim) => claim.claimant.name],
	['claimed', (claim) => claim.claimed],
	['event', (claim) => claim.event ?? ''],
	['status', (claim) => claim.status ?? ''],
	['status_since', (claim) => claim.statusSince ?? ''],
	['figures', (claim) => claim.figures.map(formatFigure).join(LIST)],
	['figure_values', (claim) => claim.figures.map(figureValue).join(LIST)],
	['places', (claim) => claim.places.join(LIST)],
	['topics', (claim) => claim.topics.join(LIST)],
	// One entry per citation, not per source, so source_ids and quotes line up when a source is cited twice.
	['source_ids', (claim) => claim.sources.map((source) => source.id).join(LIST)],
	['quotes', (claim) => claim.sources.map((source) => source.quote).join(QUOTE_LIST)],
	[
		'related',
		(claim) => claim.related.map(({ type, claim: other }) => `${type}:${other}`).join(LIST),
	],
	// Added in schema version 2, after the version 1 columns, so readers that go by position still work.
	['kind', (claim) => claim.kind],
	['why_not_rated', (claim) => claim.whyNotRated ?? ''],
	[
		'evidence',
		(claim) =>
			claim.evidence.map(({ date, bearing, source }) => `${date} ${bearing} ${source}`).join(LIST),
	],
	// Added in schema version 3: what each figure counts and when it holds, in the order of figures.
	['figure_measures', (claim) => claim.figures.map((figure) => figure.measure).join(LIST)],
	['figure_as_of', (claim) => claim.figures.map((figure) => figure.asOf).join(LIST)],
];

/**
 * `/claims.csv` (RFC 4180): a header row, then one row per published claim in claims.json's order (by id), every
 * record ending in CRLF, no byte-order mark. Lists are joined with "; " (quotes with " | "); an evidence entry is
 * `date bearing source-id`. An opinion's status and status_since are empty. A cell that would start a spreadsheet
 * formula (=, +, -, @, tab, CR) gets a leading apostrophe, so it opens as text.
 */
export function buildClaimsCsv(index: SiteIndex, site: string): string {
	const { claims } = buildClaimsJson(index, site);
	return toCsv([
		COLUMNS.map(([name]) => name),
		...claims.map((claim) => COLUMNS.map(([, value]) => value(claim))),
	]);
}

/**
 * A figure for machines: `qualifier:numbers unit`, where numbers is the value (`exact:1500 troops`), the band
 * min-max when there is no value (`vague:24-99 strikes`), or both as value[min-max] (`range:1500[1000-2000] troops`,
 * a range with a central estimate). Numbers are plain JavaScript numerals: no grouping, `.` for decimals, no
 * exponent below 1e21. The unit is everything after the first space.
 */
function figureValue({ value, unit, qualifier, min, max }: StatedFigure): string {
	const banded = min !== undefined || max !== undefined;
	const band = `${min ?? ''}-${max ?? ''}`;
	const numbers = value === null ? band : banded ? `${value}[${band}]` : `${value}`;
	return `${qualifier}:${numbers} ${unit}`;
}
