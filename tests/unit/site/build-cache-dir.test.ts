import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCacheDir, shareImageCacheDir } from '../../../src/build/build-cache-dir.ts';

afterEach(() => vi.unstubAllEnvs());

describe('the build cache folder', () => {
	it('is node_modules/.astro in the project unless CLAIMS_CACHE_DIR says otherwise', () => {
		vi.stubEnv('CLAIMS_CACHE_DIR', undefined);
		expect(buildCacheDir('/site')).toBe('/site/node_modules/.astro');
		vi.stubEnv('CLAIMS_CACHE_DIR', '');
		expect(buildCacheDir('/site')).toBe('/site/node_modules/.astro');
		vi.stubEnv('CLAIMS_CACHE_DIR', 'cache/bench');
		expect(buildCacheDir('/site')).toBe('/site/cache/bench');
		vi.stubEnv('CLAIMS_CACHE_DIR', '/tmp/cache');
		expect(buildCacheDir('/site')).toBe('/tmp/cache');
	});

	it('holds the share images, so emptying it makes the next build truly cold', () => {
		vi.stubEnv('CLAIMS_CACHE_DIR', '/tmp/cache');
		expect(shareImageCacheDir('/site')).toBe('/tmp/cache/share-images');
	});
});
