import { describe, expect, it } from 'vitest';
import { frontmatterMetadata } from '../../../../../src/tools/ingest/extract/markdown/frontmatter-metadata.ts';
import { UnquotedDate } from '../../../../../src/core/yaml/content-yaml.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

const read = (fields: Record<string, unknown>) =>
	frontmatterMetadata(fields, new Map([['url', 9]]));

describe('frontmatterMetadata', () => {
	it('reads the usual names of each field', () => {
		expect(
			read({
				title: 'Headline',
				description: 'Standfirst',
				author: 'Jane Doe and John Roe',
				date: new UnquotedDate('2024-11-04T16:42:00-05:00'),
				modified: '2024-11-04T18:10:00-05:00',
				url: 'https://example.org/a',
				publisher: 'The Meridian Post',
			})
		).toEqual({
			headline: 'Headline',
			standfirst: 'Standfirst',
			authors: ['Jane Doe', 'John Roe'],
			published: '2024-11-04T16:42:00-05:00',
			updated: '2024-11-04T18:10:00-05:00',
			url: 'https://example.org/a',
			outlet: 'The Meridian Post',
		});
	});

	it('reads a read-later app’s export: date_published, with only its day when no zone is given', () => {
		expect(
			read({
				title: 'Headline',
				author: 'Ada Lind',
				date_published: new UnquotedDate('2023-10-24 17:40:00'),
				site_name: 'The Meridian Post',
			})
		).toEqual({
			headline: 'Headline',
			authors: ['Ada Lind'],
			published: '2023-10-24',
			outlet: 'The Meridian Post',
		});
	});

	it('prefers the site’s own names when both are given', () => {
		expect(
			read({ headline: 'Own', title: 'Other', standfirst: 'S', description: 'D' })
		).toMatchObject({
			headline: 'Own',
			standfirst: 'S',
		});
	});

	it('reads a list of authors', () => {
		expect(read({ authors: ['Sam Whitaker', 'Leah Osei'] }).authors).toEqual([
			'Sam Whitaker',
			'Leah Osei',
		]);
	});

	it('leaves out empty fields', () => {
		expect(read({ title: 'Headline', url: '', outlet: null })).toEqual({
			headline: 'Headline',
			authors: [],
		});
	});

	it('ignores keys it does not know', () => {
		expect(read({ title: 'Headline', tags: ['a'], draft: true })).toEqual({
			headline: 'Headline',
			authors: [],
		});
	});

	it('rejects a url that is not a web address, pointing at its line', () => {
		const error = thrownIngestError(() => read({ url: 'www.example.org/a' }));
		expect(error.line).toBe(9);
		expect(error.message).toContain('starting https://');
	});

	it('rejects a field that is not text', () => {
		expect(() => read({ title: { text: 'Headline' } })).toThrow(
			/^title must be a single line of text/
		);
		expect(() => read({ authors: [{ name: 'Jane Doe' }] })).toThrow(/^authors must list names/);
	});
});
