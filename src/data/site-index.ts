import { getCollection } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from '../lib/site/site-index.ts';

let built: Promise<SiteIndex> | undefined;

/** The published content, indexed once per build (rebuilt on every request in dev, so edits show at once). */
export function loadSiteIndex(): Promise<SiteIndex> {
	if (import.meta.env.DEV) return build();
	built ??= build();
	return built;
}

async function build(): Promise<SiteIndex> {
	const [claims, claimants, sources, places] = await Promise.all([
		getCollection('claims'),
		getCollection('claimants'),
		getCollection('sources'),
		getCollection('places'),
	]);
	return buildSiteIndex(claims, claimants, sources, places);
}
