import type { ParsedContent } from './parse-records.ts';

/** "21 claims (2 drafts awaiting review), 10 claimants, 1 source, 3 places, 4 measures, 2 key events": what a clean check found. */
export function summariseContent(content: ParsedContent): string {
	const drafts = content.claims.filter((claim) => claim.data.draft).length;
	const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
	return `${count(content.claims.length, 'claim')} (${count(drafts, 'draft')} awaiting review), ${count(content.claimants.length, 'claimant')}, ${count(content.sources.length, 'source')}, ${count(content.places.length, 'place')}, ${count(content.measures.length, 'measure')}, ${count(content.events.length, 'key event')}`;
}
