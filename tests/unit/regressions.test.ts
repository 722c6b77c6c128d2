import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from '../../src/core/dates/format-fuzzy-date.ts';
import { formatTimestamp, isTimestampWithOffset } from '../../src/core/dates/format-timestamp.ts';
import { parseFuzzyDate, toFuzzyDate } from '../../src/core/dates/fuzzy-date.ts';
import { textFragmentUrl } from '../../src/site/links/text-fragment.ts';
import { buildSiteIndex } from '../../src/site/site-index.ts';
import { latestStatusChanges } from '../../src/core/statuses/latest-status-changes.ts';
import { locateQuote } from '../../src/core/text/locate-quote.ts';
import { markdownParagraphs } from '../../src/core/text/markdown-paragraphs.ts';
import { spanGeometry } from '../../src/site/timeline/span-geometry.ts';
import { timelineEntries } from '../../src/site/timeline/timeline-entries.ts';
import { claimRecord, sourceRecord } from './support/records.ts';

// Bugs found while writing the unit tests; each stays fixed.
describe('regressions', () => {
	it('rejects timestamps on days that do not exist', () => {
		expect(isTimestampWithOffset('2024-02-30T10:00:00Z')).toBe(false);
		expect(isTimestampWithOffset('2023-02-29T10:00:00Z')).toBe(false);
		expect(isTimestampWithOffset('2024-02-29T10:00:00Z')).toBe(true);
		expect(() => formatTimestamp('2024-13-18T09:51:00Z')).toThrow(
			'"2024-13-18T09:51:00Z" is not an ISO timestamp with a UTC offset'
		);
	});

	it('rejects 29 February outside leap years', () => {
		expect(parseFuzzyDate('2023-02-29')).toEqual({
			ok: false,
			reason: '2023-02-29 is not a day of the calendar (the month has 28 days)',
		});
		expect(parseFuzzyDate('2024-02-29').ok).toBe(true);
	});

	it('keeps the minimum bar width for the last day of a long axis', () => {
		expect(
			spanGeometry(toFuzzyDate('2024-12-31'), { first: '2024-01-01', last: '2024-12-31' })
		).toEqual({ x: 99.2, width: 0.8, openStart: false, openEnd: false });
	});

	it('orders sources newest first by instant, not by the text of their timestamps', () => {
		const later = sourceRecord('later', { published: '2024-10-18T09:51:00-04:00' });
		const earlier = sourceRecord('earlier', { published: '2024-10-18T12:00:00+01:00' });
		expect(buildSiteIndex([], [], [earlier, later]).sources.map((source) => source.id)).toEqual([
			'later',
			'earlier',
		]);
	});

	it('keeps a space where list items and hard line breaks meet, so quotes across them are found', () => {
		expect(markdownParagraphs('- North Korean troops\n- were sent')).toEqual([
			'North Korean troops were sent',
		]);
		expect(markdownParagraphs('dispatched troops  \nto Russia')).toEqual([
			'dispatched troops to Russia',
		]);
		expect(
			locateQuote('troops to Russia', markdownParagraphs('dispatched troops  \nto Russia'))
		).toEqual({ paragraph: 0, offset: 11 });
	});

	it('lists same-day status changes of one claim newest entry first', () => {
		const claim = claimRecord('nis', {
			status: 'corroborated',
			statusHistory: [
				{ date: '2024-10-18', status: 'claimed', note: 'Asserted.' },
				{ date: '2024-10-18', status: 'corroborated', note: 'Supported.' },
			],
		});
		expect(latestStatusChanges([claim], 2).map((change) => change.to)).toEqual([
			'corroborated',
			'claimed',
		]);
	});

	it('keeps ten or more same-day status changes in history order on the timeline', () => {
		const statuses = ['claimed', 'disputed'] as const;
		const statusHistory = Array.from({ length: 12 }, (_, index) => ({
			date: '2024-10-18',
			status: statuses[index % 2]!,
			note: `Change ${index}.`,
		}));
		const claim = claimRecord('nis', { status: 'disputed', statusHistory });
		const anchors = timelineEntries([claim], 'claimed')
			.filter((entry) => entry.kind === 'status-change')
			.map((entry) => entry.anchor);
		expect(anchors).toEqual(Array.from({ length: 11 }, (_, index) => `status-nis-${index + 1}`));
	});

	it('attaches a qualifier on an interval end to that end', () => {
		const label = (edtf: string) => formatFuzzyDate(toFuzzyDate(edtf)).label;
		expect(label('2024-10-08/2024-10-13~')).toBe('8 Oct 2024 – about 13 Oct 2024');
		expect(label('2024-10-08/2024-10-13?')).toBe('8 Oct 2024 – 13 Oct 2024 (uncertain)');
		expect(label('2024-10-07/2024-10-11~')).toBe('7 Oct 2024 – about 11 Oct 2024');
		expect(label('2024-06/2024-08~')).toBe('June 2024 – about August 2024');
		expect(label('2024-10-18/2024-10-18')).toBe('18 Oct 2024');
	});

	it('leaves the address alone when there is no quote to point at', () => {
		expect(textFragmentUrl('https://example.org/a', '  ')).toBe('https://example.org/a');
	});
});
