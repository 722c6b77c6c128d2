import { describe, expect, it } from 'vitest';
import {
	timelineEntries,
	type TimelineEntry,
} from '../../../src/site/timeline/timeline-entries.ts';
import { claimRecord } from '../support/records.ts';

const withEvent = claimRecord('nis-shipped', {
	claimed: '2024-10-18',
	event: '2024-10-08/2024-10-13',
	status: 'corroborated',
	statusHistory: [
		{ date: '2024-10-18', status: 'claimed', note: 'Recorded.' },
		{ date: '2024-10-25', status: 'corroborated', note: 'Imagery.', source: 'reuters' },
	],
});
const withoutEvent = claimRecord('kremlin-denies', {
	claimed: '2024-10-07/2024-10-11',
	status: 'disputed',
	statusHistory: [
		{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'Denied.' },
		{ date: '2024-10-18', status: 'disputed', note: 'NIS report.' },
		{ date: '2024-11', status: 'refuted', note: 'Troops seen at the front.' },
	],
});

function rows(entries: TimelineEntry[]) {
	return entries.map((entry) => [
		entry.anchor,
		entry.date.edtf,
		entry.kind === 'claim' ? entry.placedBy : `${entry.from}→${entry.to}`,
	]);
}

describe('timelineEntries', () => {
	it('places claims at their event date, falling back to the claimed date, with status changes, oldest first', () => {
		expect(rows(timelineEntries([withEvent, withoutEvent], 'event'))).toEqual([
			['claim-kremlin-denies', '2024-10-07/2024-10-11', 'claimed'],
			['claim-nis-shipped', '2024-10-08/2024-10-13', 'event'],
			['status-kremlin-denies-1', '2024-10-18', 'claimed→disputed'],
			['status-nis-shipped-1', '2024-10-25', 'claimed→corroborated'],
			['status-kremlin-denies-2', '2024-11', 'disputed→refuted'],
		]);
	});

	it('places claims at their claimed date when ordered by claimed', () => {
		expect(rows(timelineEntries([withEvent, withoutEvent], 'claimed'))).toEqual([
			['claim-kremlin-denies', '2024-10-07/2024-10-11', 'claimed'],
			['claim-nis-shipped', '2024-10-18', 'claimed'],
			['status-kremlin-denies-1', '2024-10-18', 'claimed→disputed'],
			['status-nis-shipped-1', '2024-10-25', 'claimed→corroborated'],
			['status-kremlin-denies-2', '2024-11', 'disputed→refuted'],
		]);
	});

	it('adds no entry for the first history entry', () => {
		const entries = timelineEntries([claimRecord('single')], 'event');
		expect(rows(entries)).toEqual([['claim-single', '2024-10-18', 'claimed']]);
	});

	it('puts a claim before a status change on the same date', () => {
		const a = claimRecord('z-claim', { claimed: '2024-10-18' });
		const b = claimRecord('a-change', {
			claimed: '2024-10-01',
			status: 'disputed',
			statusHistory: [
				{ date: '2024-10-01', status: 'claimed', note: 'Recorded.' },
				{ date: '2024-10-18', status: 'disputed', note: 'Denied.' },
			],
		});
		expect(timelineEntries([b, a], 'claimed').map((entry) => entry.anchor)).toEqual([
			'claim-a-change',
			'claim-z-claim',
			'status-a-change-1',
		]);
	});

	it('orders claims on the same date by id, whatever the input order', () => {
		const b = claimRecord('b', { claimed: '2024-10-18' });
		const a = claimRecord('a', { claimed: '2024-10-18' });
		expect(timelineEntries([b, a], 'claimed').map((entry) => entry.anchor)).toEqual([
			'claim-a',
			'claim-b',
		]);
	});

	it('carries the claim, note and source of a status change', () => {
		const change = timelineEntries([withEvent], 'event').find(
			(entry) => entry.kind === 'status-change'
		);
		expect(change).toEqual({
			kind: 'status-change',
			anchor: 'status-nis-shipped-1',
			date: expect.objectContaining({ edtf: '2024-10-25' }),
			claim: withEvent,
			position: 1,
			from: 'claimed',
			to: 'corroborated',
			note: 'Imagery.',
			source: 'reuters',
		});
	});

	it('leaves the source of a status change undefined when it has none', () => {
		const change = timelineEntries([withoutEvent], 'event').find(
			(entry) => entry.anchor === 'status-kremlin-denies-1'
		);
		expect(change?.kind === 'status-change' && change.source).toBeUndefined();
	});

	it('returns nothing for no claims', () => {
		expect(timelineEntries([], 'event')).toEqual([]);
	});
});
