import { createHash } from 'node:crypto';
import type {
	ClaimantRecord,
	ClaimRecord,
	PlaceRecord,
	SourceRecord,
} from '../../schemas/records.ts';
import { estimateComparisons } from '../claimants/estimate-comparison.ts';
import { MAP_VERSION } from '../maps/cached-map.ts';
import { placeChain } from '../places/place-position.ts';
import { evidenceSourceIds, type SiteIndex } from './site-index.ts';

/**
 * Keys for Astro's incremental build: a page whose key is unchanged since the last build is copied, not rendered.
 * Each key hashes every piece of content the page shows, so an edit anywhere it reads re-renders it; the page's
 * code and the site config are tracked by Astro itself.
 */
export const PAGE_CACHE_KEYS = {
	/**
	 * A claim page shows the claim, its claimant, the sources it cites or rests on, its related claims, and its places
	 * on a map (with, for a place the map cannot draw, the place it lies within).
	 */
	claim(index: SiteIndex, claim: ClaimRecord): string {
		const sourceIds = new Set([
			...claim.data.sources.map((citation) => citation.source),
			...evidenceSourceIds(claim),
		]);
		return hash({
			claim,
			claimant: index.claimant(claim.data.claimant).data,
			places: claim.data.places.map((id) => placeWithin(index, id)),
			sources: [...sourceIds].map((id) => index.source(id).data),
			related: index.relationsOf(claim).map(({ label, claim: other }) => [
				label,
				other.id,
				other.data.title,
				other.data.status,
				// An outdated claim's verdict names the later claims that overtook it.
				other.data.claimed,
			]),
		});
	},
	/** A source page shows the source and, of each claim citing or resting on it, the title, status and quotes. */
	source(index: SiteIndex, source: SourceRecord): string {
		const claims = [...index.claimsCiting(source.id), ...index.claimsWithEvidenceFrom(source.id)];
		return hash({
			source,
			claims: claims.map((claim) => [
				claim.id,
				claim.data.title,
				claim.data.status,
				claim.data.sources,
			]),
		});
	},
	/** A claimant page shows the claimant, a card of each of its claims, and its estimates beside everyone else's. */
	claimant(index: SiteIndex, claimant: ClaimantRecord): string {
		return hash({
			claimant,
			claims: index.claimsBy(claimant.id).map((claim) => [claim.id, claim.data]),
			comparisons: estimateComparisons(index, claimant.id).map(({ chart, others }) => [
				chart.id,
				others,
			]),
		});
	},
	/** A place page shows the place, its map, and a card of each claim that names it, with the claim's claimant. */
	place(index: SiteIndex, place: PlaceRecord): string {
		return hash({
			place: placeWithin(index, place.id),
			claims: index
				.claimsAt(place.id)
				.map((claim) => [claim.id, claim.data, index.claimant(claim.data.claimant).data.shortName]),
		});
	},
};

/** A place as its map and notes show it: with every place it lies within, and the map code's version. */
function placeWithin(index: SiteIndex, id: string): unknown[] {
	return [MAP_VERSION, ...placeChain(id, index.place).map((place) => [place.id, place.data])];
}

function hash(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}
