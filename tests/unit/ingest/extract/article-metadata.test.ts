import { describe, expect, it } from 'vitest';
import { articleMetadata } from '../../../../src/tools/ingest/extract/article-metadata.ts';

describe('articleMetadata', () => {
	it('leaves unknown fields out instead of setting them to undefined', () => {
		const metadata = articleMetadata({
			headline: 'Headline',
			standfirst: undefined,
			authors: [],
			published: '2024-10-18T09:51:00-04:00',
			updated: undefined,
			outlet: undefined,
			originalOutlet: undefined,
			url: undefined,
		});
		expect(Object.keys(metadata)).toEqual(['headline', 'authors', 'published']);
	});
});
