import type { CollectionData, CollectionName } from './collections.ts';

/** A record of a collection as pages and tools read it: its id (the file name), its parsed fields and, for Markdown
 * files, its body (an Astro collection entry fits this shape). */
export interface ContentRecord<C extends CollectionName> {
	id: string;
	data: CollectionData<C>;
	body?: string | undefined;
}

export type ClaimRecord = ContentRecord<'claims'>;
export type ClaimantRecord = ContentRecord<'claimants'>;
/** A source; its body is the stored text. */
export type SourceRecord = ContentRecord<'sources'>;
export type PlaceRecord = ContentRecord<'places'>;
export type MeasureRecord = ContentRecord<'measures'>;
export type KeyEventRecord = ContentRecord<'events'>;
