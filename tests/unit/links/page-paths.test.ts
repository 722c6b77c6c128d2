import { describe, expect, it } from 'vitest';
import { PAGE_PATHS, parsePagePath } from '../../../src/core/links/page-paths.ts';

describe('PAGE_PATHS and parsePagePath', () => {
	it('builds and reads back the record page paths', () => {
		expect(PAGE_PATHS.claims('nis')).toBe('/claims/nis/');
		expect(parsePagePath('/claims/nis/')).toEqual({ collection: 'claims', id: 'nis' });
		expect(parsePagePath('/claimants/nis/')).toEqual({ collection: 'claimants', id: 'nis' });
		expect(parsePagePath('/sources/guardian/')).toEqual({ collection: 'sources', id: 'guardian' });
	});

	it.each(['/claims/', '/claims/nis', '/timeline/', '/claims/a/b/', 'claims/nis/'])(
		'reads %s as no record page',
		(path) => {
			expect(parsePagePath(path)).toBeUndefined();
		}
	);
});
