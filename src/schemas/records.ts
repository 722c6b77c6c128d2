import type { CollectionName } from '../lib/collections.ts';
import type { ClaimData } from './claim.ts';
import type { ClaimantData } from './claimant.ts';
import type { PlaceData } from './place.ts';
import type { SourceData } from './source.ts';

/** A record of a collection as pages and tools read it: its id (the file name), its parsed fields and, for Markdown
 * files, its body (an Astro collection entry fits this shape). */
export interface ContentRecord<C extends CollectionName> {
	id: string;
	data: CollectionData[C];
	body?: string | undefined;
}

/** The parsed fields of each collection's records (each schema's output). */
interface CollectionData {
	claims: ClaimData;
	claimants: ClaimantData;
	sources: SourceData;
	places: PlaceData;
}

export type ClaimRecord = ContentRecord<'claims'>;
export type ClaimantRecord = ContentRecord<'claimants'>;
/** A source; its body is the stored text. */
export type SourceRecord = ContentRecord<'sources'>;
export type PlaceRecord = ContentRecord<'places'>;
