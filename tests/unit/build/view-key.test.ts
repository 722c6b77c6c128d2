import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { viewKey } from '../../../src/build/page-cache/view-key.ts';
import { claimRecord } from '../support/records.ts';

describe('viewKey', () => {
	it('is the same for the same view, and changes when anything the view holds changes', () => {
		const view = { claim: claimRecord('a'), count: 2 };
		expect(viewKey({ claim: claimRecord('a'), count: 2 })).toBe(viewKey(view));
		expect(viewKey({ claim: claimRecord('a', { title: 'Retitled' }), count: 2 })).not.toBe(
			viewKey(view)
		);
		expect(viewKey({ claim: claimRecord('a'), count: 3 })).not.toBe(viewKey(view));
		expect(viewKey({ claim: claimRecord('a', {}, 'An editor’s note.'), count: 2 })).not.toBe(
			viewKey(view)
		);
	});

	it('hashes a map outline by what it holds', () => {
		const outline = (x: number) => ({
			type: 'Feature',
			properties: { a3: 'RUS' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[x, 0],
						[1, 1],
						[0, 1],
						[x, 0],
					],
				],
			},
		});
		expect(viewKey({ outline: outline(0) })).toBe(viewKey({ outline: outline(0) }));
		expect(viewKey({ outline: outline(2) })).not.toBe(viewKey({ outline: outline(0) }));
	});

	it('refuses a view a hash cannot see into', () => {
		expect(() => viewKey({ seen: new Set(['a']) })).toThrow(/cannot hash Set/);
		expect(() => viewKey({ lookup: () => 1 })).toThrow(/cannot hash a function/);
	});
});

describe('keyed pages', () => {
	// A page copied under its view's key must print nothing its view does not hold.
	it('load nothing of the content while they render: all they print is in their props', () => {
		const astroFiles = ['src/pages', 'src/components', 'src/layouts'].flatMap((dir) =>
			readdirSync(dir, { recursive: true, encoding: 'utf8' })
				.filter((file) => file.endsWith('.astro'))
				.map((file) => join(dir, file))
		);
		const keyed = astroFiles.filter((file) =>
			readFileSync(file, 'utf8').includes('keyedStaticPaths(')
		);
		expect(keyed.length).toBeGreaterThanOrEqual(8);
		const renderingReads = [
			...keyed,
			...astroFiles.filter((file) => !file.startsWith('src/pages')),
		].filter((file) =>
			/loadSiteIndex\(|getCollection\(|getEntr(?:y|ies)\(|\brender\(/.test(
				readFileSync(file, 'utf8').replace(
					/export const getStaticPaths = [\s\S]*?\) satisfies GetStaticPaths;/,
					''
				)
			)
		);
		// A claim's page renders its own record's body (the editor's note); the record in its view carries that body.
		expect(renderingReads).toEqual(['src/components/ClaimPage.astro']);
	});
});
