import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markerKey } from '../../src/core/claimants/claimant-markers.ts';
import { validateContent } from '../../src/core/validation/validate-content.ts';
import { DOMParser } from 'linkedom';
import { DIST } from '../support/built-site.ts';

const parse = (path: string) =>
	// linkedom's parser is typed any; what it returns is a DOM Document.
	new DOMParser().parseFromString(
		readFileSync(join(DIST, path), 'utf8'),
		'text/html'
	) as unknown as Document;

/** Each claimant in the legend of each measure's chart with how it is drawn: colour class, marker outline and fill. */
function legends(): Array<Array<{ name: string; colour: string; drawing: string }>> {
	const measurePages = readdirSync(join(DIST, 'figures'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `figures/${entry.name}/index.html`);
	return measurePages
		.flatMap((page) => [...parse(page).querySelectorAll('.chart-legend')])
		.map((legend) =>
			[...legend.querySelectorAll('li')].map((entry) => {
				const marker = entry.querySelector('path.chart-marker')!;
				return {
					name: entry.textContent.trim(),
					colour: entry.querySelector('svg')!.getAttribute('class')!,
					drawing: `${marker.getAttribute('class')} ${marker.getAttribute('d')}`,
				};
			})
		);
}

describe('claimant markers on the charts', () => {
	const charts = legends();

	it('tells every claimant on a chart apart by shape and fill, without colour', () => {
		expect(charts.filter((legend) => legend.length > 1).length).toBeGreaterThan(0);
		for (const legend of charts) {
			expect(legend.length).toBeGreaterThan(0);
			expect(new Set(legend.map((entry) => entry.drawing)).size).toBe(legend.length);
		}
	});

	it('draws a claimant the same way on every chart and on the front page, as its record names it', () => {
		const { content } = validateContent();
		const byName = new Map(
			content.claimants.map((claimant) => [claimant.data.shortName, claimant.data])
		);
		const seen = new Map<string, string>();
		for (const entry of charts.flat()) {
			const marker = byName.get(entry.name)?.marker;
			expect(marker, `${entry.name} names no marker in its record`).toBeDefined();
			expect(entry.colour).toBe(`chart-colour-${marker!.colour}`);
			expect(entry.drawing.includes('hollow')).toBe(marker!.hollow);
			const drawing = `${entry.colour} ${entry.drawing}`;
			expect(seen.get(entry.name) ?? drawing, entry.name).toBe(drawing);
			seen.set(entry.name, drawing);
		}
		const rows = [...parse('index.html').querySelectorAll('.latest-estimates__who')].map((who) => ({
			name: who.textContent.trim(),
			colour: who.querySelector('svg')!.getAttribute('class')!,
		}));
		expect(rows.length).toBeGreaterThan(0);
		for (const { name, colour } of rows)
			expect(colour, name).toContain(`chart-colour-${byName.get(name)!.marker!.colour}`);
	});

	it('gives no two claimants the same drawing', () => {
		const { content } = validateContent();
		const keys = content.claimants.flatMap(({ data }) =>
			data.marker ? [markerKey(data.marker)] : []
		);
		expect(keys.length).toBeGreaterThan(1);
		expect(new Set(keys).size).toBe(keys.length);
	});
});
