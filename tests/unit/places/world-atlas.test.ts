import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../../src/core/places/world-atlas.ts';

const ukraine = countryOutline('UA')!;
const russia = countryOutline('RU')!;

describe('the world atlas the maps draw', () => {
	it.each([
		['Simferopol', [34.1, 44.95]],
		['Sevastopol', [33.52, 44.6]],
		['Yalta', [34.16, 44.5]],
		['Donetsk', [37.8, 48.0]],
	] as const)('draws %s, occupied by Russia, inside Ukraine', (_name, point) => {
		expect(geoContains(ukraine, [...point])).toBe(true);
		expect(geoContains(russia, [...point])).toBe(false);
	});

	it('draws Kursk and Khabarovsk inside Russia', () => {
		expect(geoContains(russia, [36.19, 51.74])).toBe(true);
		expect(geoContains(russia, [135.08, 48.48])).toBe(true);
		expect(geoContains(ukraine, [36.19, 51.74])).toBe(false);
	});

	it('finds a country by its code even where the atlas repeats a numeric id', () => {
		// Australia and the Ashmore and Cartier Islands both carry 036.
		expect(countryOutline('AU')!.properties.name).toBe('Australia');
	});

	it('has no outline for a code it does not know', () => {
		expect(countryOutline('XX')).toBeUndefined();
	});

	it('gives one outline object a country, so views that map it share it', () => {
		expect(countryOutline('RU')).toBe(countryOutline('RU'));
	});
});
