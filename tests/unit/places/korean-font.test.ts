import { describe, expect, it } from 'vitest';
import { koreanFontFaces } from '../../../src/site/places/korean-font.ts';

describe('koreanFontFaces', () => {
	it('serves only the slices of the font that the names use, from the site, preferring a font on the device', () => {
		const { css, files } = koreanFontFaces(['블라디보스토크', '평양']);
		expect(files.length).toBeGreaterThan(0);
		expect(files.length).toBeLessThan(10);
		expect(css.match(/@font-face/g)).toHaveLength(files.length);
		for (const file of files) expect(css).toContain(`url(/fonts/${file}) format('woff2')`);
		expect(css).toMatch(/src:local\('Noto Sans KR'\)/);
		expect(css).not.toMatch(/https?:/);
		expect(css).toContain(":lang(ko){font-family:'Noto Sans KR'");
	});

	it('needs no slice for Latin letters and spaces, which keep the site’s font', () => {
		expect(koreanFontFaces(['New York, NY']).files).toEqual([]);
		expect(koreanFontFaces(['사하 공화국']).files).toEqual(koreanFontFaces(['사하공화국']).files);
	});
});
