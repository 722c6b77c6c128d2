import { compareFuzzyDates } from '../core/dates/date-order.ts';
import { toFuzzyDate } from '../core/dates/fuzzy-date.ts';
import { publicationDay } from '../core/dates/publication-date.ts';
import { relationIndex, type RelationView } from '../core/relations/relations-of.ts';
import { asOfDay } from './as-of-day.ts';
import type {
	ClaimantRecord,
	ClaimRecord,
	KeyEventRecord,
	MeasureRecord,
	PlaceRecord,
	SourceRecord,
} from '../core/schemas/records.ts';

/** Published records with the lookups pages need, built once per build. */
export interface SiteIndex {
	/** Published claims, newest claimed date first. */
	claims: ClaimRecord[];
	claimants: ClaimantRecord[];
	sources: SourceRecord[];
	/** Every place, by English name. */
	places: PlaceRecord[];
	/** Every published measure: the headline measures in their order, then the charted ones, then the rest, by name. */
	measures: MeasureRecord[];
	/** The key events, earliest first, each with only the published claims it bears on. */
	events: KeyEventRecord[];
	claim: (id: string) => ClaimRecord;
	claimant: (id: string) => ClaimantRecord;
	source: (id: string) => SourceRecord;
	place: (id: string) => PlaceRecord;
	measure: (id: string) => MeasureRecord;
	/** Published claims that name the place. */
	claimsAt: (placeId: string) => ClaimRecord[];
	claimsBy: (claimantId: string) => ClaimRecord[];
	claimsCiting: (sourceId: string) => ClaimRecord[];
	/** Published claims with a figure of the measure. */
	claimsMeasuring: (measureId: string) => ClaimRecord[];
	/** Claims whose status changes or evidence log name the source. */
	claimsWithEvidenceFrom: (sourceId: string) => ClaimRecord[];
	/** A claim's relations, both ways. */
	relationsOf: (claimId: string) => RelationView[];
	/** The day the site describes the world as of (YYYY-MM-DD), for "due for review". */
	asOf: string;
}

/** Indexes the published claims and claimants (drafts left out) with the sources and places. */
export function buildSiteIndex(
	allClaims: ClaimRecord[],
	claimants: ClaimantRecord[],
	sources: SourceRecord[],
	places: PlaceRecord[] = [],
	measures: MeasureRecord[] = [],
	events: KeyEventRecord[] = [],
	asOf: string = asOfDay()
): SiteIndex {
	const claims = allClaims
		.filter((claim) => !claim.data.draft)
		.sort(
			(a, b) =>
				compareFuzzyDates(toFuzzyDate(b.data.claimed), toFuzzyDate(a.data.claimed)) ||
				a.id.localeCompare(b.id)
		);
	const byId = <T extends { id: string }>(records: T[], what: string) => {
		const map = new Map(records.map((record) => [record.id, record]));
		return (id: string): T => {
			const record = map.get(id);
			// The content check guarantees references resolve; reaching this means the check was skipped.
			if (!record) throw new Error(`No ${what} with id "${id}" — run npm run check`);
			return record;
		};
	};
	return {
		claims,
		claimants: claimants
			.filter((claimant) => !claimant.data.draft)
			.sort((a, b) => a.data.name.localeCompare(b.data.name)),
		sources: [...sources].sort(
			(a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id)
		),
		claim: byId(claims, 'published claim'),
		claimant: byId(claimants, 'claimant'),
		places: [...places].sort((a, b) => a.data.names.en.localeCompare(b.data.names.en)),
		source: byId(sources, 'source'),
		place: byId(places, 'place'),
		measures: measures.filter((measure) => !measure.data.draft).sort(compareMeasures),
		measure: byId(measures, 'measure'),
		events: events
			.map((event) => ({
				...event,
				data: {
					...event.data,
					claims: event.data.claims.filter((id) => claims.some((claim) => claim.id === id)),
				},
			}))
			.sort(
				(a, b) =>
					compareFuzzyDates(toFuzzyDate(a.data.date), toFuzzyDate(b.data.date)) ||
					a.id.localeCompare(b.id)
			),
		claimsAt: lookup(groupBy(claims, (claim) => claim.data.places)),
		claimsBy: lookup(groupBy(claims, (claim) => [claim.data.claimant])),
		claimsCiting: lookup(
			groupBy(claims, (claim) => claim.data.sources.map((citation) => citation.source))
		),
		claimsMeasuring: lookup(
			groupBy(claims, (claim) => claim.data.figures.map((figure) => figure.measure))
		),
		relationsOf: relationIndex(claims),
		claimsWithEvidenceFrom: lookup(groupBy(claims, evidenceSourceIds)),
		asOf,
	};
}

/** The sources a claim's status changes and evidence log rest on. */
export function evidenceSourceIds(claim: ClaimRecord): string[] {
	return [
		...claim.data.statusHistory.flatMap((change) =>
			change.source === undefined ? [] : [change.source]
		),
		...claim.data.evidence.map((entry) => entry.source),
	];
}

/** Claims by each key they have (each claim listed once per key), in the claims' order. Built once, read per page. */
function groupBy(
	claims: readonly ClaimRecord[],
	keysOf: (claim: ClaimRecord) => string[]
): Map<string, ClaimRecord[]> {
	const groups = new Map<string, ClaimRecord[]>();
	for (const claim of claims) {
		for (const key of new Set(keysOf(claim))) {
			const group = groups.get(key);
			if (group) group.push(claim);
			else groups.set(key, [claim]);
		}
	}
	return groups;
}

function lookup(groups: Map<string, ClaimRecord[]>): (key: string) => ClaimRecord[] {
	return (key) => groups.get(key) ?? [];
}

/** Headline measures in their order first, then charted measures, then the rest; by name within each. */
function compareMeasures(a: MeasureRecord, b: MeasureRecord): number {
	const rank = ({ data }: MeasureRecord) =>
		data.headline ?? (data.charted ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER);
	return rank(a) - rank(b) || a.data.name.localeCompare(b.data.name);
}

/** Newest first: by calendar day, then, between two timestamps, by instant. */
function compareNewestFirst(a: string, b: string): number {
	return (
		publicationDay(b).localeCompare(publicationDay(a)) ||
		(Date.parse(b) || 0) - (Date.parse(a) || 0)
	);
}
