import { Feed } from 'feed';
import { lastKnownDay } from '../../core/dates/date-order.ts';
import { toFuzzyDate } from '../../core/dates/fuzzy-date.ts';
import { CLAIM_ANCHORS } from '../links/claim-anchors.ts';
import { PAGE_PATHS } from '../../core/links/page-paths.ts';
import { SITE_PATHS } from '../links/site-paths.ts';
import { describeStatusChange } from '../../core/statuses/describe-status-change.ts';
import type { SiteIndex } from '../site-index.ts';

/** How many of the newest entries the feed carries. */
const FEED_LENGTH = 100;

interface FeedEntry {
	id: string;
	title: string;
	updated: string;
	link: string;
	summary: string;
}

/**
 * `/feed.xml`: an Atom feed (written by the `feed` library) with one entry per new claim and one per later status
 * change, newest first. Entry ids are tag URIs built from the claim id and, for a change, its status and date, so
 * editing a note never changes them.
 * @see https://www.rfc-editor.org/rfc/rfc4287
 */
export function buildAtomFeed(index: SiteIndex, site: string, siteName: string): string {
	const authority = new URL(site).hostname;
	const tag = (specific: string) => `tag:${authority},2024:${specific}`;
	const entries: FeedEntry[] = index.claims.flatMap((claim) => {
		const url = `${site}${PAGE_PATHS.claims(claim.id)}`;
		const { data } = claim;
		const recorded: FeedEntry = {
			id: tag(`claims/${claim.id}`),
			title: `New claim: ${data.title}`,
			updated: dayTime(data.statusHistory[0]?.date ?? data.claimed),
			link: url,
			summary:
				data.kind === 'opinion'
					? `${data.statement} Not rated (an opinion): ${data.whyNotRated}`
					: `${data.statement} Status: ${data.status}. ${data.statusHistory[0]!.note}`,
		};
		// A change is named by its status and date, not its place in the history, so inserting an earlier change
		// does not renumber the entries readers have already seen.
		const changes = data.statusHistory.slice(1).map((change, position): FeedEntry => {
			const from = data.statusHistory[position]!.status;
			return {
				id: tag(`claims/${claim.id}/status/${change.status}/${encodeURIComponent(change.date)}`),
				title: `${data.title} — ${describeStatusChange(from)} ${change.status}`,
				updated: dayTime(change.date),
				link: `${url}#${CLAIM_ANCHORS.statusHistory}`,
				summary: change.note,
			};
		});
		return [recorded, ...changes];
	});
	const newest = entries
		.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id))
		.slice(0, FEED_LENGTH);
	const feed = new Feed({
		id: tag('feed'),
		title: `${siteName}: new claims and status changes`,
		updated: new Date(newest[0]?.updated ?? 0),
		link: `${site}/`,
		feedLinks: { atom: `${site}${SITE_PATHS.feed}` },
		author: { name: siteName },
		generator: false,
	});
	for (const entry of newest)
		feed.addItem({
			id: entry.id,
			title: asHtml(entry.title),
			link: entry.link,
			date: new Date(entry.updated),
			description: asHtml(entry.summary),
		});
	return `${feed.atom1()}\n`;
}

/** Atom wants a moment: a fuzzy date is placed at the start of its last day (the day it was surely known). */
function dayTime(edtf: string): string {
	return `${lastKnownDay(toFuzzyDate(edtf))}T00:00:00Z`;
}

/** The feed library types titles and summaries as HTML: plain text is escaped, so `<` or `&` shows as written. */
function asHtml(text: string): string {
	return text.replace(/[<>&]/g, (character) => `&#${character.charCodeAt(0)};`);
}
