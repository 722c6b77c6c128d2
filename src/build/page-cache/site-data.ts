import { getCollection } from 'astro:content';
import { viewKey } from './view-key.ts';
import { buildSiteIndex, type SiteIndex } from '../../site/site-index.ts';

let built: Promise<SiteIndex> | undefined;

/**
 * The published content, indexed once per build (rebuilt on every request in dev, so edits show at once). Routes
 * build their pages' views from it; a component never sees it.
 */
export function loadSiteIndex(): Promise<SiteIndex> {
	if (import.meta.env.DEV) return build();
	built ??= build();
	return built;
}

/**
 * A dynamic route's getStaticPaths entries, worked out from the index, each with its cache key: the hash of its props,
 * which hold the page's whole view (view-key.ts).
 */
export async function keyedStaticPaths<Entry extends { props: object }>(
	entriesOf: (index: SiteIndex) => Entry[]
): Promise<Array<Entry & { cacheKey: string }>> {
	const index = await loadSiteIndex();
	return entriesOf(index).map((entry) => ({ ...entry, cacheKey: viewKey(entry.props) }));
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
