import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../../src/tools/ingest/extract/markdown/frontmatter.ts';
import { UnquotedDate } from '../../../../../src/core/yaml/content-yaml.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

describe('splitFrontmatter', () => {
	it('splits the fields from the body and knows where the body starts', () => {
		const frontmatter = splitFrontmatter("---\ntitle: Headline\nurl: ''\n---\n\nText.\n");
		expect(frontmatter?.fields).toEqual({ title: 'Headline', url: '' });
		expect(frontmatter?.body).toBe('\nText.\n');
		expect(frontmatter?.bodyFirstLine).toBe(5);
	});

	it('gives the file line of each top-level key', () => {
		const frontmatter = splitFrontmatter('---\ntitle: A\nauthors:\n  - B\ndate: x\n---\nText.');
		expect([...(frontmatter?.keyLines ?? [])]).toEqual([
			['title', 2],
			['authors', 3],
			['date', 5],
		]);
	});

	it('keeps an unquoted timestamp as written, offset included', () => {
		const fields = splitFrontmatter('---\ndate: 2024-11-04T16:42:00-05:00\n---\nText.')?.fields;
		expect(fields?.['date']).toEqual(new UnquotedDate('2024-11-04T16:42:00-05:00'));
	});

	it('reads an empty block as no fields', () => {
		expect(splitFrontmatter('---\n---\nText.')?.fields).toEqual({});
	});

	it('returns undefined for text without frontmatter', () => {
		expect(splitFrontmatter('# Headline\n\nText.')).toBeUndefined();
	});

	it('rejects a block that is never closed', () => {
		const error = thrownIngestError(() => splitFrontmatter('---\ntitle: Headline\n\nText.'));
		expect(error.line).toBe(1);
		expect(error.message).toContain('never closed');
	});

	it('rejects invalid YAML, pointing at the file line', () => {
		const error = thrownIngestError(() =>
			splitFrontmatter('---\ntitle: Headline\nauthors: [unclosed\n---\nText.')
		);
		expect(error.message).toMatch(/^the frontmatter is not valid YAML/);
		expect(error.line).toBeGreaterThanOrEqual(3);
	});

	it('rejects YAML that is not key: value fields', () => {
		expect(thrownIngestError(() => splitFrontmatter('---\n- a\n- b\n---\nText.')).line).toBe(2);
	});
});
