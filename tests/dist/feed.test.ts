import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { type Element, isTag } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { builtClaimsJson, DIST } from '../support/built-site.ts';

const feed = (
	parseDocument(readFileSync(join(DIST, 'feed.xml'), 'utf8'), { xmlMode: true })
		.children as Element[]
).find((node) => isTag(node) && node.name === 'feed')!;
const entries = feed.children.filter(
	(node): node is Element => isTag(node) && node.name === 'entry'
);
const field = (entry: Element, name: string) =>
	(
		entry.children.find((node): node is Element => isTag(node) && node.name === name)?.children ??
		[]
	)
		.map((node) => ('data' in node ? node.data : ''))
		.join('');

describe('the Atom feed in dist/', () => {
	const claims = builtClaimsJson().claims;
	// An opinion has no status changes, only the entry that announces it.
	const expected = Math.min(
		100,
		claims.reduce((count, claim) => count + Math.max(1, claim.statusHistory.length), 0)
	);

	it('has one entry per new claim and per status change (the newest hundred)', () => {
		expect(entries).toHaveLength(expected);
	});

	it('gives every entry a unique, stable tag id that names its claim', () => {
		const ids = entries.map((entry) => field(entry, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		const claimIds = new Set(claims.map((claim) => claim.id));
		for (const id of ids) {
			const match =
				/^tag:[^,]+,2024:claims\/([a-z0-9-]+)(?:\/status\/[a-z]+\/[0-9A-Za-z%~?-]+)?$/.exec(id);
			expect(match, id).not.toBeNull();
			expect(claimIds.has(match![1]!), id).toBe(true);
		}
	});

	it('orders entries newest first, each with an RFC 3339 time and a link into the site', () => {
		const times = entries.map((entry) => field(entry, 'updated'));
		expect(times.every((time) => /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(time))).toBe(true);
		expect([...times].sort().reverse()).toEqual(times);
		for (const entry of entries) {
			const link = entry.children.find(
				(node): node is Element => isTag(node) && node.name === 'link'
			)!;
			expect(link.attribs['href']).toMatch(/\/claims\/[a-z0-9-]+\/(#status-history)?$/);
		}
	});
});
