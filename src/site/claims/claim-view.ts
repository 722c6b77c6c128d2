import type { RelationView } from '../../core/relations/relations-of.ts';
import type {
	ClaimantRecord,
	ClaimRecord,
	PlaceRecord,
	SourceRecord,
} from '../../core/schemas/records.ts';
import { figureLines, type FigureLine } from '../measures/measure-view.ts';
import { locatorPlaces } from '../maps/map-places.ts';
import type { MapPlace } from '../maps/places-map.ts';
import type { SiteIndex } from '../site-index.ts';

/** What a claim's page prints of the site's records besides the claim itself: each component renders a slice of it. */
export interface ClaimView {
	claim: ClaimRecord;
	claimant: ClaimantRecord;
	relations: RelationView[];
	/** Every source the page cites, by id: its quotes', its status changes' and its evidence log's. */
	sources: Readonly<Record<string, SourceRecord>>;
	places: PlaceRecord[];
	/** The places of its locator map: none when it names no place. */
	locator: MapPlace[];
	figures: FigureLine[];
	/** Who retracted a withdrawn claim: the outlet of the source that retracted it, else the claimant. */
	retractedBy: string | undefined;
}

/** The view of one claim's page, read from the site index. */
export function buildClaimView(index: SiteIndex, id: string): ClaimView {
	const claim = index.claim(id);
	const { data } = claim;
	const claimant = index.claimant(data.claimant);
	const cited = new Set([
		...data.sources.map((citation) => citation.source),
		...data.statusHistory.flatMap((change) => (change.source === undefined ? [] : [change.source])),
		...data.evidence.map((entry) => entry.source),
	]);
	const withdrawal = data.status === 'withdrawn' ? data.statusHistory.at(-1) : undefined;
	return {
		claim,
		claimant,
		relations: index.relationsOf(id),
		sources: Object.fromEntries([...cited].map((source) => [source, index.source(source)])),
		places: data.places.map((place) => index.place(place)),
		locator: locatorPlaces(data.places, index),
		figures: figureLines(index, data),
		retractedBy:
			withdrawal === undefined
				? undefined
				: withdrawal.retractedBy === 'source' && withdrawal.source !== undefined
					? index.source(withdrawal.source).data.outlet
					: claimant.data.name,
	};
}
