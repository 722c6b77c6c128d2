import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtClaimsJson, builtPages, DIST } from '../support/built-site.ts';
import { dateSortKey } from '../../src/core/dates/date-order.ts';
import { toFuzzyDate } from '../../src/core/dates/fuzzy-date.ts';

const timeline = readFileSync(join(DIST, 'timeline', 'index.html'), 'utf8');
const eventIds = readdirSync('content/events').map((file) => basename(file, '.yaml'));

describe('the timeline opens on the story', () => {
	it('shows the month with the most claims on /timeline/ itself, without a further click', () => {
		const perMonth = Map.groupBy(builtClaimsJson().claims, (claim) =>
			dateSortKey(toFuzzyDate(claim.event ?? claim.claimed)).slice(0, 7)
		);
		const most = Math.max(...[...perMonth.values()].map((claims) => claims.length));
		const busiest = [...perMonth]
			.filter(([, claims]) => claims.length === most)
			.map(([month]) => month);
		expect(
			busiest.some((month) => timeline.includes(`<h2 id="month-${month}"`)),
			busiest.join()
		).toBe(true);
	});
});

describe('key events', () => {
	it('are listed under the overview of /timeline/, each linked to where the detail view shows it', () => {
		expect(eventIds.length).toBeGreaterThanOrEqual(8);
		for (const id of eventIds) {
			const item = new RegExp(`<li id="key-event-${id}"[^>]*>[\\s\\S]*?</li>`).exec(timeline)?.[0];
			expect(item, id).toBeDefined();
			const href = /href="([^"]+)"/.exec(item!)![1]!;
			const [path, anchor] = href.split('#') as [string, string];
			expect(anchor).toBe(`event-${id}`);
			const detail = readFileSync(join(DIST, path, 'index.html'), 'utf8');
			// In the detail view, with the report that tells of it.
			const entry = new RegExp(`<li id="event-${id}"[\\s\\S]*?</li>`).exec(detail)?.[0];
			expect(entry, href).toMatch(/Reported by <a href="\/sources\/[^"]+\/"[^>]*>/);
		}
	});

	it('are marked on the overview’s months', () => {
		const chart = /class="overview__chart"[\s\S]*?<\/svg>/.exec(timeline)![0];
		expect(chart.match(/class="overview__event"/g)?.length).toBeGreaterThan(0);
	});

	it('are numbered on the measure charts whose period they fall in, each linked to its line in the list', () => {
		const keyed = builtPages().filter(({ file }) =>
			readFileSync(file, 'utf8').includes('class="chart-events-key"')
		);
		expect(keyed.length).toBeGreaterThan(0);
		for (const { path, file } of keyed) {
			const html = readFileSync(file, 'utf8');
			const links = [...html.matchAll(/href="\/timeline\/#key-event-([^"]+)"/g)].map((m) => m[1]!);
			expect(links.length, path).toBeGreaterThan(0);
			for (const id of links) expect(eventIds, path).toContain(id);
			expect(html, path).toMatch(/<g class="chart-events" aria-hidden="true"[^>]*>/);
		}
	});
});
