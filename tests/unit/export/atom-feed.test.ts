import { parseDocument } from 'htmlparser2';
import { type Element, isTag } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from '../../../src/site/export/atom-feed.ts';
import { buildSiteIndex } from '../../../src/site/site-index.ts';
import { claimantRecord, claimRecord, sourceRecord } from '../support/records.ts';

const kremlin = claimRecord('kremlin-denial', {
	title: 'Kremlin: <fake> news & more',
	status: 'refuted',
	statusHistory: [
		{ date: '2024-10-07/2024-10-11', status: 'claimed', note: 'Denied.' },
		{ date: '2024-10-18', status: 'disputed', note: 'Contradicted by the NIS.' },
		{ date: '2025-04-26', status: 'refuted', note: 'Russia acknowledged the deployment.' },
	],
});
const nis = claimRecord('nis-transfer');
const opinion = claimRecord('sybiha-demands-reaction', {
	kind: 'opinion',
	claimed: '2024-10-17',
	statement: 'Sybiha demands a strong reaction.',
	whyNotRated: 'A demand for action.',
});
const index = buildSiteIndex(
	[kremlin, nis, opinion, claimRecord('draft', { draft: true })],
	[claimantRecord('nis')],
	[sourceRecord('guardian')]
);

/** Child elements of a node by tag name. */
function children(node: { children: unknown[] }, name: string): Element[] {
	return (node.children as Element[]).filter((child) => isTag(child) && child.name === name);
}

/** An element's text as a feed reader shows it: CDATA unwrapped and, in a `type="html"` element, entities decoded. */
function text(element: Element | undefined): string {
	const raw = textOf(element?.children ?? []);
	if (element?.attribs['type'] !== 'html') return raw;
	return textOf(parseDocument(raw, { decodeEntities: true }).children);
}

function textOf(nodes: ReadonlyArray<unknown>): string {
	return (nodes as Array<{ data?: string; children?: unknown[] }>)
		.map((node) => node.data ?? textOf(node.children ?? []))
		.join('');
}

describe('buildAtomFeed', () => {
	const xml = buildAtomFeed(index, 'https://claims.example.org', 'Claims tracker');
	const feed = children(parseDocument(xml, { xmlMode: true, decodeEntities: true }), 'feed')[0]!;
	const entries = children(feed, 'entry');

	it('is an Atom feed with its own id, title, updated time, self link and author', () => {
		expect(feed.attribs['xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(text(children(feed, 'id')[0])).toBe('tag:claims.example.org,2024:feed');
		expect(text(children(feed, 'updated')[0])).toBe('2025-04-26T00:00:00.000Z');
		expect(
			Object.fromEntries(
				children(feed, 'link').map((link) => [link.attribs['rel'], link.attribs['href']])
			)
		).toEqual({
			self: 'https://claims.example.org/feed.xml',
			alternate: 'https://claims.example.org/',
		});
		expect(text(children(children(feed, 'author')[0]!, 'name')[0])).toBe('Claims tracker');
	});

	it('has one entry per published claim and one per later status change, newest first', () => {
		expect(entries.map((entry) => text(children(entry, 'id')[0]))).toEqual([
			'tag:claims.example.org,2024:claims/kremlin-denial/status/refuted/2025-04-26',
			'tag:claims.example.org,2024:claims/kremlin-denial/status/disputed/2024-10-18',
			'tag:claims.example.org,2024:claims/nis-transfer',
			'tag:claims.example.org,2024:claims/sybiha-demands-reaction',
			'tag:claims.example.org,2024:claims/kremlin-denial',
		]);
	});

	it('announces an opinion as not rated, with the reason', () => {
		expect(text(children(entries[3]!, 'summary')[0])).toBe(
			'Sybiha demands a strong reaction. Not rated (an opinion): A demand for action.'
		);
	});

	it('gives each entry a title, a moment, a link and a summary, with text escaped', () => {
		const change = entries[0]!;
		expect(text(children(change, 'title')[0])).toBe(
			'Kremlin: <fake> news & more — disputed → refuted'
		);
		expect(text(children(change, 'updated')[0])).toBe('2025-04-26T00:00:00.000Z');
		expect(children(change, 'link')[0]!.attribs['href']).toBe(
			'https://claims.example.org/claims/kremlin-denial/#status-history'
		);
		expect(text(children(change, 'summary')[0])).toBe('Russia acknowledged the deployment.');
		// Plain text escaped inside the HTML the library writes, so a reader shows the brackets, not a tag.
		expect(xml).not.toContain('<fake>');
		expect(xml).toContain('&#60;fake&#62;');
	});

	it('places a new claim at the last day of its recording date', () => {
		expect(text(children(entries[4]!, 'updated')[0])).toBe('2024-10-11T00:00:00.000Z');
	});

	it('keeps entry ids stable when content around them changes, an earlier change inserted included', () => {
		const [recorded, disputed, refuted] = kremlin.data.statusHistory;
		const edited = buildSiteIndex(
			[
				claimRecord('kremlin-denial', {
					...kremlin.data,
					title: 'Renamed',
					statement: 'Edited.',
					statusHistory: [
						recorded,
						{ date: '2024-10-12', status: 'corroborated', note: 'Inserted later.' },
						{ ...disputed, note: 'Reworded.' },
						refuted,
					],
				}),
				nis,
			],
			[],
			[]
		);
		const again = buildAtomFeed(edited, 'https://claims.example.org', 'Claims tracker');
		for (const id of [
			'claims/kremlin-denial/status/refuted/2025-04-26',
			'claims/kremlin-denial/status/disputed/2024-10-18',
			'claims/kremlin-denial',
			'claims/nis-transfer',
		]) {
			expect(again).toContain(`<id>tag:claims.example.org,2024:${id}</id>`);
		}
	});
});
