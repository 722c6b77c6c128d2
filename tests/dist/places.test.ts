import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validation/validate-content.ts';
import { builtPages, DIST } from '../support/built-site.ts';

const { content } = validateContent();
const parse = (file: string) =>
	// linkedom's parser is typed any; what it returns is a DOM Document.
	new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
const claimPages = builtPages().filter(({ path }) => /^\/claims\/[^/]+\/$/.test(path));
const mapsOf = (file: string) => [...parse(file).querySelectorAll('svg.map')];

describe('places and maps in the built site', () => {
	it('gives every place a page with its names in four languages, marked with their language', () => {
		expect(content.places.length).toBeGreaterThan(0);
		for (const place of content.places) {
			const file = join(DIST, 'places', place.id, 'index.html');
			expect(existsSync(file), place.id).toBe(true);
			const page = parse(file);
			expect(page.querySelector('h1')!.textContent).toBe(place.data.names.en);
			for (const tag of ['uk', 'ru', 'ko'] as const)
				expect(page.querySelector(`dd[lang="${tag}"]`)!.textContent).toBe(place.data.names[tag]);
		}
	});

	it('links each claim page to the page of every place it names', () => {
		const named = content.claims.filter(
			(claim) => !claim.data.draft && claim.data.places.length > 0
		);
		expect(named.length).toBeGreaterThan(0);
		for (const claim of named) {
			const page = parse(join(DIST, 'claims', claim.id, 'index.html'));
			const links = new Set(
				[...page.querySelectorAll('a')].map((link) => link.getAttribute('href'))
			);
			for (const id of claim.data.places)
				expect(links.has(`/places/${id}/`), `${claim.id} → ${id}`).toBe(true);
		}
	});

	it('draws maps whose every mark is a link to a place page with its name as text', () => {
		const files = [...claimPages.map(({ file }) => file), join(DIST, 'places', 'index.html')];
		const maps = files.flatMap(mapsOf);
		expect(maps.length).toBeGreaterThan(10);
		for (const map of maps) {
			const marks = [...map.querySelectorAll('a')];
			expect(marks.length).toBeGreaterThan(0);
			for (const mark of marks) {
				const href = mark.getAttribute('href')!;
				expect(href).toMatch(/^\/places\/[a-z0-9-]+\/$/);
				expect(existsSync(join(DIST, href, 'index.html')), href).toBe(true);
				const name = mark.querySelector('text')?.textContent ?? mark.getAttribute('aria-label');
				expect(name?.trim().length, href).toBeGreaterThan(0);
			}
		}
	});

	it('draws a country as its area and a region as its name, never as a dot standing for all of it', () => {
		const files = [...builtPages().filter(({ path }) => /^\/(claims|places)\//.test(path))];
		const kindOf = new Map(
			content.places.map((place) => [`/places/${place.id}/`, place.data.kind])
		);
		const seen = new Set<string>();
		for (const { file } of files)
			for (const map of mapsOf(file))
				for (const mark of map.querySelectorAll('a')) {
					const kind = kindOf.get(mark.getAttribute('href')!);
					if (kind !== 'country' && kind !== 'region') continue;
					seen.add(kind);
					expect(mark.querySelector('circle'), mark.getAttribute('href')!).toBeNull();
					if (kind === 'country') expect(mark.querySelector('path.map-country')).not.toBeNull();
				}
		expect([...seen].sort()).toEqual(['country', 'region']);
	});

	it('names the countries a map shows, out of the way of its places', () => {
		const maps = claimPages.flatMap(({ file }) => mapsOf(file));
		const named = maps.filter((map) => map.querySelectorAll('.map-country-names text').length > 0);
		expect(maps.length).toBeGreaterThan(10);
		// Every locator map shows at least one country it has room to name.
		expect(named.length).toBe(maps.length);
	});

	it('makes maps that request nothing: no external address, image or font in any map', () => {
		const files = [
			...claimPages.map(({ file }) => file),
			join(DIST, 'places', 'index.html'),
			...readdirSync(join(DIST, 'places')).flatMap((id) =>
				existsSync(join(DIST, 'places', id, 'index.html'))
					? [join(DIST, 'places', id, 'index.html')]
					: []
			),
		];
		let checked = 0;
		for (const map of files.flatMap(mapsOf)) {
			checked++;
			const markup = map.outerHTML;
			expect(markup).not.toMatch(/https?:|\/\/|<image|<use|url\(|xlink:href/);
		}
		expect(checked).toBeGreaterThan(10);
	});

	it('keeps every claim page map within 6 KB gzipped', () => {
		const sizes = claimPages.flatMap(({ file }) =>
			mapsOf(file).map((map) => gzipSync(map.outerHTML).length)
		);
		expect(sizes.length).toBeGreaterThan(10);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(6 * 1024);
	});

	it('serves every Korean character of the place names from a font slice on the site, linked from place pages', () => {
		const css = readFileSync(join(DIST, 'fonts', 'korean.css'), 'utf8');
		const faces = [...css.matchAll(/url\(\/fonts\/([^)]+)\)[^}]*unicode-range:([^}]+)}/g)].map(
			([, file, ranges]) => ({
				file: file!,
				ranges: ranges!.split(',').map((range) =>
					range
						.replace('U+', '')
						.split('-')
						.map((hex) => parseInt(hex, 16))
				),
			})
		);
		expect(faces.length).toBeGreaterThan(0);
		for (const { file } of faces) expect(existsSync(join(DIST, 'fonts', file)), file).toBe(true);
		const hangul = [...new Set(content.places.flatMap((place) => [...place.data.names.ko]))].filter(
			(character) => character.codePointAt(0)! > 0x7f
		);
		expect(hangul.length).toBeGreaterThan(10);
		for (const character of hangul) {
			const point = character.codePointAt(0)!;
			const covered = faces.some(({ ranges }) =>
				ranges.some(([from, to = from]) => point >= from! && point <= to!)
			);
			expect(covered, character).toBe(true);
		}
		for (const place of content.places)
			expect(readFileSync(join(DIST, 'places', place.id, 'index.html'), 'utf8')).toContain(
				'<link rel="stylesheet" href="/fonts/korean.css">'
			);
	});

	it('states on /places/ how borders are drawn, with Crimea as Ukraine’s', () => {
		const page = parse(join(DIST, 'places', 'index.html'));
		expect(page.querySelector('#borders')).not.toBeNull();
		expect(page.querySelector('main')!.textContent).toContain('Crimea is drawn as part of Ukraine');
	});
});
