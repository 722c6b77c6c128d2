import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedPlacesMap, mapKey } from '../../../src/build/maps/cached-map.ts';
import { MAP_SIZES } from '../../../src/site/maps/map-sizes.ts';
import type { MapPlace } from '../../../src/site/maps/places-map.ts';

const place = (coordinates: [number, number]): MapPlace => ({
	id: 'vladivostok',
	name: 'Vladivostok',
	href: '/places/vladivostok/',
	position: { drawn: 'point', coordinates, from: 'GeoNames 2013348' },
	claims: 1,
});

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('cachedPlacesMap', () => {
	it('lays out a map once, keeps it in the cache folder, and reads it back next time', async () => {
		folder = mkdtempSync(join(tmpdir(), 'claims-maps-'));
		const first = await cachedPlacesMap([place([131.87, 43.11])], MAP_SIZES.locator, folder);
		const [file] = readdirSync(folder);
		expect(file).toBe(`${mapKey([place([131.87, 43.11])], MAP_SIZES.locator)}.json`);
		expect(JSON.parse(readFileSync(join(folder, file!), 'utf8'))).toEqual(first);
		// Within one build, pages that share the map share one copy.
		expect(await cachedPlacesMap([place([131.87, 43.11])], MAP_SIZES.locator, folder)).toBe(first);
		// What the next build (a fresh process, here a fresh module) gets is what the cache holds, not a new layout.
		writeFileSync(join(folder, file!), JSON.stringify({ ...first, land: 'M0 0Z' }));
		vi.resetModules();
		const nextBuild = await import('../../../src/build/maps/cached-map.ts');
		const second = await nextBuild.cachedPlacesMap(
			[place([131.87, 43.11])],
			MAP_SIZES.locator,
			folder
		);
		expect(second.land).toBe('M0 0Z');
	});

	it('keys a map by its places and size, so a moved place or another size is drawn anew', () => {
		const key = mapKey([place([131.87, 43.11])], MAP_SIZES.locator);
		expect(mapKey([place([131.88, 43.11])], MAP_SIZES.locator)).not.toBe(key);
		expect(mapKey([place([131.87, 43.11])], MAP_SIZES.overviewWide)).not.toBe(key);
		expect(mapKey([place([131.87, 43.11])], MAP_SIZES.locator)).toBe(key);
	});
});
