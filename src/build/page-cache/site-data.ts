import { getCollection } from 'astro:content';
import { pageIndex, withReadKeys, type PageAddress } from './page-reads-store.ts';
import { buildSiteIndex, type SiteIndex } from '../../site/site-index.ts';

let built: Promise<SiteIndex> | undefined;

/**
 * The published content, indexed once per build (rebuilt on every request in dev, so edits show at once). For
 * getStaticPaths and endpoints; a page renders with `loadPageIndex`, so its reads make its cache key.
 */
export function loadSiteIndex(): Promise<SiteIndex> {
	if (import.meta.env.DEV) return build();
	built ??= build();
	return built;
}

/** A dynamic route's getStaticPaths entries, worked out from the index, each with its cache key (page-reads.ts). */
export async function keyedStaticPaths<
	Entry extends { params: PageAddress['params']; props?: unknown },
>(routePattern: string, entriesOf: (index: SiteIndex) => Entry[]) {
	const index = await loadSiteIndex();
	return withReadKeys(routePattern, index, entriesOf(index));
}

/** The index a page (or a component of it) renders from, recording what the page reads (page-reads.ts). */
export async function loadPageIndex(page: PageAddress): Promise<SiteIndex> {
	return pageIndex(await loadSiteIndex(), page);
}

async function build(): Promise<SiteIndex> {
	const [claims, claimants, sources, places, measures, events] = await Promise.all([
		getCollection('claims'),
		getCollection('claimants'),
		getCollection('sources'),
		getCollection('places'),
		getCollection('measures'),
		getCollection('events'),
	]);
	return buildSiteIndex(claims, claimants, sources, places, measures, events);
}
