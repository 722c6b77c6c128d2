import { describe, expect, it } from 'vitest';
import { KeyEventSchema } from '../../../src/core/schemas/key-event.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { keyEventListAnchor, keyEventMarks } from '../../../src/site/timeline/key-event-marks.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';

const event = (id: string, fields: Record<string, unknown>) => ({
	id,
	data: KeyEventSchema.parse({ source: 'guardian', quote: 'Words.', ...fields }),
});

const index = buildSiteIndex(
	[
		claimRecord('nis-transfer', { title: 'NIS: 1,500 special forces shipped' }),
		claimRecord('draft-claim', { draft: true }),
	],
	[claimantRecord('nis')],
	[sourceRecord('guardian')],
	[],
	[],
	[
		event('combat', { date: '2024-11-12/2024-11-13', title: 'Combat begins' }),
		event('first-report', {
			date: '2024-10-18',
			title: 'NIS reports troops shipped',
			claims: ['nis-transfer', 'draft-claim'],
		}),
	]
);

describe('keyEventMarks', () => {
	it('marks the key events earliest first, each placed at its first day and listed under its month', () => {
		const marks = keyEventMarks(index);
		expect(marks.map((mark) => [mark.id, mark.day, mark.month, mark.dateLabel])).toEqual([
			['first-report', '2024-10-18', '2024-10', '18 Oct 2024'],
			['combat', '2024-11-12', '2024-11', '12–13 Nov 2024'],
		]);
	});

	it('links its report and the published claims it bears on, never a draft', () => {
		const [first] = keyEventMarks(index);
		expect(first!.source).toEqual({ href: '/sources/guardian/', outlet: 'The Guardian' });
		expect(first!.claims).toEqual([
			{ href: '/claims/nis-transfer/', title: 'NIS: 1,500 special forces shipped' },
		]);
		expect(first!.anchor).toBe('event-first-report');
		expect(keyEventListAnchor(first!)).toBe('key-event-first-report');
	});
});
