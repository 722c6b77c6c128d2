import { describe, expect, it } from 'vitest';
import { frontmatterTimestamp } from '../../../../../src/tools/ingest/extract/markdown/frontmatter-timestamp.ts';
import { UnquotedDate } from '../../../../../src/core/yaml/content-yaml.ts';
import { thrownIngestError } from '../../support/thrown-ingest-error.ts';

describe('frontmatterTimestamp', () => {
	it('keeps a quoted ISO timestamp with its offset as written', () => {
		expect(frontmatterTimestamp('2024-11-04T16:42:00-05:00', 'date', 3)).toBe(
			'2024-11-04T16:42:00-05:00'
		);
	});

	it('keeps the offset of an unquoted timestamp', () => {
		expect(frontmatterTimestamp(new UnquotedDate('2024-11-04T16:42:00-05:00'), 'date', 3)).toBe(
			'2024-11-04T16:42:00-05:00'
		);
	});

	it.each([
		['2024-11-04 16:42:00 -5', '2024-11-04T16:42:00-05:00'],
		['2024-11-04t16:42:00Z', '2024-11-04T16:42:00Z'],
		['2024-11-4 6:42:00.5 +0530', '2024-11-04T06:42:00.5+05:30'],
	])('converts the YAML timestamp %j carefully to %s', (text, timestamp) => {
		expect(frontmatterTimestamp(new UnquotedDate(text), 'date', 3)).toBe(timestamp);
	});

	it('reads a time as outlets print it', () => {
		expect(frontmatterTimestamp('Mon 4 Nov 2024 16.42 EST', 'published', 3)).toBe(
			'2024-11-04T16:42:00-05:00'
		);
	});

	it.each([undefined, null, ''])('gives no time for %j', (value) => {
		expect(frontmatterTimestamp(value, 'date', 3)).toBeUndefined();
	});

	it('keeps only the day of a publication date given without a time or without its zone, as a printed date line', () => {
		expect(frontmatterTimestamp(new UnquotedDate('2024-11-04'), 'date', 6)).toBe('2024-11-04');
		expect(frontmatterTimestamp('2024-11-04T16:42:00', 'published', 6)).toBe('2024-11-04');
	});

	it('rejects an update date without a time, asking for the time with its offset', () => {
		const error = thrownIngestError(() =>
			frontmatterTimestamp(new UnquotedDate('2024-11-04'), 'updated', 6)
		);
		expect(error.line).toBe(6);
		expect(error.message).toBe(
			"updated: 2024-11-04 has a date but no time — add the time with its UTC offset, e.g. updated: '2024-11-04T09:00:00-05:00'"
		);
	});

	it('rejects a timestamp without an offset', () => {
		const error = thrownIngestError(() =>
			frontmatterTimestamp('2024-11-04T16:42:00', 'updated', 7)
		);
		expect(error.message).toBe(
			"updated: 2024-11-04T16:42:00 has no UTC offset — add the outlet's offset, e.g. updated: '2024-11-04T16:42:00-05:00'"
		);
	});

	it.each([['last Monday'], [2024], ['2024-02-30T10:00:00Z'], ['2024-02-30']])(
		'rejects %j',
		(value) => {
			expect(() => frontmatterTimestamp(value, 'date', 3)).toThrow(/date: /);
		}
	);
});
