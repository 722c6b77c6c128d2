import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../../src/core/claims/claim-kinds.ts';
import { EVIDENCE_BEARINGS } from '../../../src/core/claims/evidence-bearings.ts';
import { FIGURE_QUALIFIERS } from '../../../src/core/figures/figure.ts';
import { RELATION_TYPES } from '../../../src/core/relations/relation-types.ts';
import { STATUSES } from '../../../src/core/statuses/statuses.ts';
import { MARKER_SHAPES, SERIES_COLOURS } from '../../../src/core/claimants/claimant-markers.ts';

/** The value lists editors write into content files, each defined once in src/core and read by the schemas. */
const LISTS = {
	statuses: STATUSES,
	'claim kinds': CLAIM_KINDS,
	'figure qualifiers': FIGURE_QUALIFIERS,
	'relation types': RELATION_TYPES,
	'evidence bearings': EVIDENCE_BEARINGS,
};

/** The words a Markdown document writes as code: in `inline code` and in fenced blocks. */
function codeWords(document: string): Set<string> {
	const code = [
		...document.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm),
		...document.matchAll(/`([^`\n]+)`/g),
	].map((match) => match[1]!);
	return new Set(code.flatMap((text) => text.split(/[^\w-]+/)));
}

/** Lists EDITING.md spells out in a sentence, for the claimant files' `marker`. */
const MARKER_LISTS = { shapes: MARKER_SHAPES, colours: SERIES_COLOURS };

describe.each(['README.md', 'EDITING.md'])('%s', (document) => {
	const words = codeWords(readFileSync(document, 'utf8'));
	it.each(Object.entries(LISTS))('names every one of the %s as code', (_, values) => {
		expect(values.length).toBeGreaterThan(1);
		expect(values.filter((value) => !words.has(value))).toEqual([]);
	});
});

describe('EDITING.md', () => {
	it.each(Object.entries(MARKER_LISTS))('lists every marker %s, in order', (name, values) => {
		expect(values.length).toBeGreaterThan(1);
		expect(readFileSync('EDITING.md', 'utf8').replace(/\s+/g, ' ')).toContain(
			`${name}: ${values.join(', ')}`
		);
	});
});
