import { describe, expect, it } from 'vitest';
import { labelBox, overlaps } from '../../../src/site/charts/place-labels.ts';
import { MAP_SIZES } from '../../../src/site/maps/map-sizes.ts';
import { placesMap, type MapPlace } from '../../../src/site/maps/places-map.ts';
import { splitByLongitude } from '../../../src/site/maps/map-regions.ts';
import { countryOutline } from '../../../src/core/places/world-atlas.ts';

const point = (id: string, coordinates: [number, number], claims = 1): MapPlace => ({
	id,
	name: id[0]!.toUpperCase() + id.slice(1),
	href: `/places/${id}/`,
	position: { drawn: 'point', coordinates, from: 'test' },
	claims,
});
const kursk = point('kursk', [36.19, 51.74], 30);
const kyiv = point('kyiv', [30.52, 50.45], 3);
const vladivostok = point('vladivostok', [131.87, 43.11], 4);
const ussuriysk = point('ussuriysk', [131.95, 43.8]);
const dunai = point('dunai', [132.34, 42.88]);
const newYork = point('new-york', [-74.0, 40.71]);
const sergeevka: MapPlace = {
	...point('sergeevka', [0, 0]),
	position: { drawn: 'not-drawn', within: 'russia' },
	within: { name: 'Russia', href: '/places/russia/' },
};

describe('placesMap', () => {
	const layout = placesMap(
		[kursk, vladivostok, ussuriysk, dunai, sergeevka],
		MAP_SIZES.overviewWide
	);
	const { width, height } = MAP_SIZES.overviewWide;

	it('draws every place that has a position as a linked mark with its name, inside the frame', () => {
		expect(layout.marks.map((mark) => mark.href).sort()).toEqual([
			'/places/dunai/',
			'/places/kursk/',
			'/places/ussuriysk/',
			'/places/vladivostok/',
		]);
		for (const mark of layout.marks) {
			expect(mark.x).toBeGreaterThan(0);
			expect(mark.x).toBeLessThan(width);
			expect(mark.y).toBeGreaterThan(0);
			expect(mark.y).toBeLessThan(height);
			expect(mark.label?.text).toBe(mark.name);
		}
		expect(layout.land.length).toBeGreaterThan(100);
		expect(layout.borders.length).toBeGreaterThan(100);
	});

	it('lists a place it cannot locate instead of guessing', () => {
		expect(layout.notDrawn.map((place) => place.id)).toEqual(['sergeevka']);
	});

	it('sizes marks by their claims on a map of every place, and draws them alike on a locator map', () => {
		const radius = (map: typeof layout, id: string) => map.marks.find((mark) => mark.id === id)!.r;
		expect(radius(layout, 'kursk')).toBeGreaterThan(radius(layout, 'vladivostok'));
		expect(radius(layout, 'vladivostok')).toBeGreaterThan(radius(layout, 'dunai'));
		const locator = placesMap([kursk, vladivostok], MAP_SIZES.locator);
		expect(radius(locator, 'kursk')).toBe(radius(locator, 'vladivostok'));
	});

	it("keeps every name apart, places' and countries', even for three places a few kilometres apart", () => {
		const placeBoxes = layout.marks.map(({ label }) =>
			labelBox(label!, MAP_SIZES.overviewWide.fontSize)
		);
		const countryBoxes = layout.countryNames.map((name) =>
			labelBox(
				{ ...name, text: name.text.toLocaleUpperCase('en'), anchor: 'middle' },
				layout.countryNameSize
			)
		);
		const boxes = [...placeBoxes, ...countryBoxes];
		expect(countryBoxes.length).toBeGreaterThan(0);
		boxes.forEach((box, index) =>
			boxes.slice(index + 1).forEach((other) => expect(overlaps(box, other)).toBe(false))
		);
	});

	it('names the countries it shows, first those its places lie in', () => {
		const names = layout.countryNames.map((name) => name.text);
		expect(names).toContain('China');
		const west = placesMap([kyiv, kursk], MAP_SIZES.locator);
		const westNames = west.countryNames.map((name) => name.text);
		expect(westNames.slice(0, 2).sort()).toEqual(['Russia', 'Ukraine']);
		expect(westNames.length).toBeGreaterThan(4);
	});

	it('draws a region as its name over its centre, never as a dot standing for all of it', () => {
		const region: MapPlace = {
			...point('buryatia', [107.6, 51.8]),
			position: { drawn: 'region', coordinates: [107.6, 51.8], from: 'test' },
		};
		const map = placesMap([region, vladivostok], MAP_SIZES.locator);
		const mark = map.marks.find((candidate) => candidate.id === 'buryatia')!;
		expect(mark).toMatchObject({ shape: 'region', r: 0, outline: undefined });
		expect(mark.label).toMatchObject({ text: 'Buryatia', anchor: 'middle', x: mark.x });
	});

	it('lists a place far from all the others rather than shrinking them to a corner', () => {
		const withNewYork = placesMap([kursk, vladivostok, ussuriysk, newYork], MAP_SIZES.overviewWide);
		expect(withNewYork.offMap.map((place) => place.id)).toEqual(['new-york']);
		expect(withNewYork.marks).toHaveLength(3);
	});

	it('draws a country on a locator map as its outline, and stays within a few kilobytes', () => {
		const russia: MapPlace = {
			...point('russia', [96, 62]),
			position: {
				drawn: 'outline',
				coordinates: [96, 62],
				outline: countryOutline('RU')!,
				from: 'test',
			},
		};
		const map = placesMap([russia, kursk], MAP_SIZES.locator);
		const outline = map.marks.find((mark) => mark.id === 'russia')!.outline!;
		expect(outline).toMatch(/^M/);
		// The whole country is in view: its outline touches the frame only where the margin allows.
		const numbers = outline.match(/-?\d+(\.\d+)?/g)!.map(Number);
		const xs = numbers.filter((_, index) => index % 2 === 0);
		const ys = numbers.filter((_, index) => index % 2 === 1);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(MAP_SIZES.locator.margin - 1);
		expect(Math.max(...xs)).toBeLessThanOrEqual(
			MAP_SIZES.locator.width - MAP_SIZES.locator.margin + 1
		);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(MAP_SIZES.locator.margin - 1);
		expect(Math.max(...ys)).toBeLessThanOrEqual(
			MAP_SIZES.locator.height - MAP_SIZES.locator.margin + 1
		);
		expect(JSON.stringify(map).length).toBeLessThan(20_000);
	});

	it('draws a country on the map of every place as its area, named inside it, not as a dot', () => {
		const russia: MapPlace = {
			...point('russia', [96, 62], 40),
			position: {
				drawn: 'outline',
				coordinates: [96, 62],
				outline: countryOutline('RU')!,
				from: 'test',
			},
		};
		const map = placesMap([russia, kursk, vladivostok], MAP_SIZES.overviewWide);
		const mark = map.marks.find((candidate) => candidate.id === 'russia')!;
		expect(mark).toMatchObject({ shape: 'country', r: 0 });
		expect(mark.outline).toMatch(/^M/);
		expect(mark.label?.text).toBe('Russia');
		// Drawn first, under the dots, so it never covers them.
		expect(map.marks[0]!.id).toBe('russia');
		// Named once: as the linked place, not again as a country of the base map.
		expect(map.countryNames.map((name) => name.text)).not.toContain('Russia');
	});

	it('needs a place with a position', () => {
		expect(() => placesMap([sergeevka], MAP_SIZES.locator)).toThrow(RangeError);
	});
});

describe('splitByLongitude', () => {
	it('splits the west from the Far East at the widest gap, and keeps close places together', () => {
		const parts = splitByLongitude([vladivostok, kursk, ussuriysk, sergeevka], 30);
		expect(parts.map((part) => part.map((place) => place.id))).toEqual([
			['kursk', 'sergeevka'],
			['vladivostok', 'ussuriysk'],
		]);
		expect(splitByLongitude([vladivostok, ussuriysk, dunai], 30)).toHaveLength(1);
	});
});
