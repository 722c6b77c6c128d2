import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import {
	builtClaimsJson,
	DIST,
	elements,
	pagesToValidate,
	parseHtml,
} from '../support/built-site.ts';

/** The content of every <meta> by its property or name. */
function metaTags(file: string): Map<string, string> {
	const metas = elements(parseHtml(file)).filter((element: Element) => element.name === 'meta');
	return new Map(
		metas.map((meta) => [
			meta.attribs['property'] ?? meta.attribs['name'] ?? '',
			meta.attribs['content'] ?? '',
		])
	);
}

describe('link previews', () => {
	it.each(pagesToValidate().map((page) => [page.path, page.file]))(
		'%s has Open Graph and Twitter card tags',
		(_path, file) => {
			const tags = metaTags(file);
			for (const name of [
				'og:title',
				'og:description',
				'og:type',
				'og:url',
				'og:site_name',
				'twitter:card',
				'twitter:title',
				'twitter:description',
			]) {
				expect(tags.get(name), name).toBeTruthy();
			}
		}
	);

	it.each(builtClaimsJson().claims.map((claim) => claim.id))(
		'claim %s has a large share image that exists',
		(id) => {
			const tags = metaTags(join(DIST, 'claims', id, 'index.html'));
			expect(tags.get('twitter:card')).toBe('summary_large_image');
			expect(tags.get('og:image:width')).toBe('1200');
			expect(tags.get('og:image:height')).toBe('630');
			expect(tags.get('og:image:alt')).toBeTruthy();
			const image = new URL(tags.get('og:image')!).pathname;
			expect(image).toBe(`/og/claims/${id}.png`);
			expect(existsSync(join(DIST, image))).toBe(true);
			expect(tags.get('twitter:image')).toBe(tags.get('og:image'));
		}
	);
});
