import { describe, expect, it } from 'vitest';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { paginateByPeriod } from '../../../src/site/timeline/paginate-by-period.ts';
import { timelineEntries } from '../../../src/site/timeline/timeline-entries.ts';
import { timelineOverview } from '../../../src/site/timeline/timeline-overview.ts';
import { claimantRecord, claimRecord } from '../support/records.ts';

describe('timelineOverview', () => {
	const claims = [
		claimRecord('october', { claimed: '2024-10-18' }),
		claimRecord('october-too', {
			claimed: '2024-10-23',
			status: 'confirmed',
			statusHistory: [
				{ date: '2024-10-23', status: 'claimed', note: 'Said.' },
				{ date: '2025-01-11', status: 'confirmed', note: 'Shown.', source: 'other' },
			],
		}),
	];
	const index = buildSiteIndex(claims, [claimantRecord('nis')], []);
	const entries = timelineEntries(index.claims, 'claimed');

	it('has every month from the first entry to the last, gaps included, with claims counted by status', () => {
		const overview = timelineOverview(paginateByPeriod(entries, 300), () => '/timeline/');
		expect(overview.map((month) => month.month)).toEqual([
			'2024-10',
			'2024-11',
			'2024-12',
			'2025-01',
		]);
		expect(overview[0]).toMatchObject({
			label: 'Oct 2024',
			name: 'October 2024',
			claims: 2,
			changes: 0,
			counts: [
				{ status: 'claimed', count: 1 },
				{ status: 'confirmed', count: 1 },
			],
			href: '/timeline/#month-2024-10',
		});
		expect(overview[1]).toMatchObject({ label: 'Nov', claims: 0, counts: [], href: undefined });
		expect(overview[3]).toMatchObject({ label: 'Jan 2025', claims: 0, changes: 1 });
	});

	it('links each month to the page of the detail view that holds it', () => {
		const pages = paginateByPeriod(entries, 2);
		const overview = timelineOverview(pages, (position) => `/timeline/p${position}/`);
		expect(overview[0]?.href).toBe('/timeline/p0/#month-2024-10');
		expect(overview[3]?.href).toBe('/timeline/p1/#month-2025-01');
	});
});
