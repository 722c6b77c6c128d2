import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKER_SHAPES, SERIES_COLOURS } from '../../../src/core/claimants/claimant-markers.ts';
import {
	ALL_MARKERS,
	claimantMarkers,
	freeMarkers,
	markerKey,
	outlineKey,
	type ClaimantMarker,
} from '../../../src/core/claimants/claimant-markers.ts';

const claimant = (id: string, marker?: ClaimantMarker) => ({
	id,
	data: { shortName: id.toUpperCase(), marker },
});

describe('claimantMarkers', () => {
	it('offers 72 different drawings, the twelve told apart without colour first', () => {
		expect(new Set(ALL_MARKERS.map(markerKey)).size).toBe(72);
		const first = ALL_MARKERS.slice(0, 12).map((marker) => `${marker.shape} ${marker.hollow}`);
		expect(new Set(first).size).toBe(12);
	});

	it('draws a claimant as its record says, whatever its name', () => {
		const star = { shape: 'star', colour: 'green', hollow: true } as const;
		expect(claimantMarkers([claimant('a'), claimant('z', star)]).get('z')).toEqual(star);
	});

	it('hands the others the first drawings no record names, in order of short name', () => {
		const markers = claimantMarkers([
			claimant('b'),
			claimant('nis', ALL_MARKERS[0]),
			claimant('a'),
		]);
		expect(markers.get('a')).toEqual(ALL_MARKERS[1]);
		expect(markers.get('b')).toEqual(ALL_MARKERS[2]);
	});

	it('hands a newcomer a shape and fill no record uses before one that differs by colour alone', () => {
		const named = [
			claimant('a', { shape: 'circle', colour: 'blue', hollow: false }),
			claimant('b', { shape: 'square', colour: 'rose', hollow: false }),
		];
		const [first] = freeMarkers(named);
		expect(['solid circle', 'solid square']).not.toContain(outlineKey(first!));
		const all = freeMarkers(named);
		const distinct = all.filter(
			(marker) => !['solid circle', 'solid square'].includes(outlineKey(marker))
		);
		expect(all.slice(0, distinct.length)).toEqual(distinct);
	});

	it('moves an unnamed claimant’s drawing when another unnamed one sorts before it: name a marker to keep it', () => {
		expect(claimantMarkers([claimant('x')]).get('x')).toEqual(ALL_MARKERS[0]);
		expect(claimantMarkers([claimant('a'), claimant('x')]).get('x')).toEqual(ALL_MARKERS[1]);
	});

	it('repeats drawings only past the 72nd claimant', () => {
		const many = Array.from({ length: 73 }, (_, index) =>
			claimant(`c${String(index).padStart(2, '0')}`)
		);
		const keys = [...claimantMarkers(many).values()].map(markerKey);
		expect(new Set(keys.slice(0, 72)).size).toBe(72);
		expect(keys[72]).toBe(keys[0]);
	});
});

describe('the marker choices editors are told about', () => {
	it('are the shapes and colours the schema accepts, and the stylesheet defines each colour', () => {
		const guide = readFileSync('EDITING.md', 'utf8').replace(/\s+/g, ' ');
		expect(guide).toContain(
			`(shapes: ${MARKER_SHAPES.join(', ')}; colours: ${SERIES_COLOURS.join(', ')})`
		);
		const rules = readFileSync('src/styles/global.css', 'utf8');
		const tokens = readFileSync('src/styles/tokens.css', 'utf8');
		for (const colour of SERIES_COLOURS) {
			expect(rules).toContain(`.chart-colour-${colour} {`);
			expect(tokens.match(new RegExp(`--series-${colour}: #`, 'g'))).toHaveLength(2);
		}
	});
});
