import type { ClaimData } from '../../schemas/claim.ts';
import type { ClaimantData } from '../../schemas/claimant.ts';
import type { PlaceData } from '../../schemas/place.ts';
import type { SourceData } from '../../schemas/source.ts';

/** A claim as pages read it: the id and the parsed record (an Astro collection entry fits this shape). */
export interface ClaimRecord {
	id: string;
	data: ClaimData;
	body?: string | undefined;
}

/** A claimant as pages read it. */
export interface ClaimantRecord {
	id: string;
	data: ClaimantData;
}

/** A source as pages read it; the body is its stored text. */
export interface SourceRecord {
	id: string;
	data: SourceData;
	body?: string | undefined;
}

/** A place as pages read it. */
export interface PlaceRecord {
	id: string;
	data: PlaceData;
}
