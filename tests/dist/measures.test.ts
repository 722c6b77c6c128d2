import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { buildMeasuresJson } from '../../src/site/export/measures-json.ts';
import { validateContent } from '../../src/core/validation/validate-content.ts';
import { builtClaimsJson, builtPages, DIST } from '../support/built-site.ts';

const parse = (file: string) =>
	// linkedom's parser is typed any; what it returns is a DOM Document.
	new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;

const claims = builtClaimsJson().claims;
const measures = (
	JSON.parse(readFileSync(join(DIST, 'measures.json'), 'utf8')) as ReturnType<
		typeof buildMeasuresJson
	>
).measures;
/** The measures each claim's figures count, from claims.json. */
const measuresOf = new Map(
	claims.map((claim) => [claim.id, new Set(claim.figures.map((figure) => figure.measure))])
);
const claimId = (href: string | null) => /^\/claims\/([^/]+)\/$/.exec(href ?? '')?.[1];

/** Every chart, table and list of estimates on every page: the element that says which measure it shows. */
const scales = builtPages().flatMap(({ path, file }) =>
	[...parse(file).querySelectorAll('[data-measure]')].map((element) => ({ path, element }))
);

describe('one measure to a scale', () => {
	it('finds the charts, tables and lists of estimates on the front page, the measure pages and claimant pages', () => {
		const pages = new Set(scales.map(({ path }) => path.split('/')[1]));
		expect(pages).toEqual(new Set(['', 'figures', 'claimants']));
		expect(
			scales.filter(({ element }) => element.tagName.toLowerCase() === 'svg').length
		).toBeGreaterThan(10);
	});

	it('puts on each only estimates of its own measure: every claim it links gives a figure of that measure', () => {
		const mixed: string[] = [];
		let links = 0;
		for (const { path, element } of scales) {
			const measure = element.getAttribute('data-measure')!;
			for (const link of element.querySelectorAll('a[href^="/claims/"]')) {
				const id = claimId(link.getAttribute('href'))!;
				links++;
				if (!measuresOf.get(id)?.has(measure)) mixed.push(`${path}: ${measure} shows ${id}`);
			}
			for (const inner of element.querySelectorAll('[data-measure]'))
				if (inner.getAttribute('data-measure') !== measure)
					mixed.push(`${path}: ${measure} holds ${inner.getAttribute('data-measure')}`);
		}
		expect(links).toBeGreaterThan(100);
		expect(mixed).toEqual([]);
	});

	it('gives every measure a page with every estimate of it in its table, and a chart only when it is charted', () => {
		for (const measure of measures) {
			const page = parse(join(DIST, 'figures', measure.id, 'index.html'));
			const rows = page.querySelectorAll(`table[data-measure="${measure.id}"] tbody tr`);
			const claimsOfIt = claims.filter((claim) => measuresOf.get(claim.id)!.has(measure.id));
			expect(rows.length, measure.id).toBe(claimsOfIt.length);
			const charts = page.querySelectorAll(`svg.chart[data-measure="${measure.id}"]`);
			expect(charts.length, measure.id).toBe(measure.charted && measure.estimates > 0 ? 2 : 0);
		}
	});

	it('opens the front page with the headline measures, each with the spread of current estimates', () => {
		const home = parse(join(DIST, 'index.html'));
		const headlines = [...home.querySelectorAll('section.headline-measure')];
		const expected = validateContent()
			.content.measures.filter(
				(measure) =>
					measure.data.headline !== undefined &&
					measures.some((listed) => listed.id === measure.id && listed.estimates > 0)
			)
			.sort((a, b) => a.data.headline! - b.data.headline!)
			.map((measure) => measure.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(headlines.map((section) => section.getAttribute('data-measure'))).toEqual(expected);
		for (const section of headlines)
			expect(section.querySelector('.headline-measure__spread strong')!.textContent).toMatch(
				/^[\d,.]+( million)?(–[\d,.]+( million)?)?%?$/
			);
	});
});
