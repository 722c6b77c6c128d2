import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cacheRecordFile } from '../build-cache-dir.ts';
import { readCacheJson, stableJson, writeCacheJson } from '../cache-files.ts';
import { propsHash, readsKey, recordingIndex, type IndexRead } from './page-reads.ts';
import type { SiteIndex } from '../../site/site-index.ts';

/** A page's identity in both getStaticPaths and render: its route and params. */
export interface PageAddress {
	routePattern: string;
	params: Record<string, string | number | undefined>;
}

/** What the next build needs to know about a page. */
interface PageEntry {
	/** What the page read when it last rendered. */
	reads: IndexRead[];
	/** `readsKey` of its props and those reads' answers, as they were when it last rendered. */
	key: string;
	/** The cache key Astro holds the page's stored copy under. */
	token: string;
}

/**
 * One build's store, one per process on `globalThis`: the pages (bundled by Vite) and the integration that starts
 * and saves it (loaded with the config) are separate copies of this module. Outside a build (dev, tests) there is
 * none, and pages neither get keys nor record.
 */
interface PageReadsStore {
	projectRoot: string;
	/** Names this build in the keys of pages it has no reads for, so no stored copy can ever match them. */
	buildId: string;
	previous: Map<string, PageEntry>;
	/** The index this build's keys were computed from. */
	index: SiteIndex | undefined;
	/** Every page this build generates with a key: the hash of its props and the key Astro got. */
	keyed: Map<string, { propsHash: string; token: string }>;
	/** Reads recorded by pages rendered in this build. */
	recorded: Map<string, IndexRead[]>;
}

const STORE = Symbol.for('claims-tracker:page-reads');
const holder = globalThis as { [STORE]?: PageReadsStore };

/**
 * Starts a build's store with the last build's entries (none, so every page renders, if the file is unreadable). The
 * file is removed as it is read and written again only by a build that finishes: after a failed or killed build there
 * are no entries, so no page is copied under a key that build may have left behind.
 */
export function startPageReads(projectRoot: string): void {
	const file = cacheRecordFile(projectRoot, 'pageReads');
	const previous = new Map(Object.entries(readCacheJson<Record<string, PageEntry>>(file) ?? {}));
	rmSync(file, { force: true });
	holder[STORE] = {
		projectRoot,
		buildId: randomUUID(),
		previous,
		index: undefined,
		keyed: new Map(),
		recorded: new Map(),
	};
}

function pageId({ routePattern, params }: PageAddress): string {
	return `${routePattern} ${stableJson(params)}`;
}

/**
 * getStaticPaths' entries, each with a cache key for Astro's incremental build. A page whose props and reads'
 * answers hash as when it last rendered gets the key its stored copy is held under, so Astro copies it; any other
 * page gets a new key, so it renders (and records its reads). The key is thus derived from what the page shows,
 * and right from the first build after a cold one.
 */
export function withReadKeys<Entry extends { params: PageAddress['params']; props?: unknown }>(
	routePattern: string,
	index: SiteIndex,
	entries: Entry[]
): Array<Entry & { cacheKey?: string }> {
	const store = holder[STORE];
	if (!store) return entries;
	store.index = index;
	return entries.map((entry) => {
		const id = pageId({ routePattern, params: entry.params });
		const props = propsHash(entry.props ?? {});
		const previous = store.previous.get(id);
		const key = previous && readsKey(index, props, previous.reads);
		const token =
			previous && key === previous.key ? previous.token : (key ?? `new ${store.buildId}`);
		store.keyed.set(id, { propsHash: props, token });
		return { ...entry, cacheKey: token };
	});
}

/** The index for one page to render with, recording what it reads (a page may ask for it more than once). */
export function pageIndex(index: SiteIndex, page: PageAddress): SiteIndex {
	const store = holder[STORE];
	if (!store) return index;
	return recordingIndex(index, readsOf(store, page));
}

/**
 * Notes that a page rendered, whether or not it reads the index: a page whose props hold all it prints reads
 * nothing, and its entry (no reads) lets the next build copy it while its props are unchanged.
 */
export function notePageRendered(page: PageAddress): void {
	const store = holder[STORE];
	if (store) readsOf(store, page);
}

function readsOf(store: PageReadsStore, page: PageAddress): IndexRead[] {
	const id = pageId(page);
	let reads = store.recorded.get(id);
	if (!reads) store.recorded.set(id, (reads = []));
	return reads;
}

/**
 * Writes every keyed page's entry for the next build: a rendered page gets its fresh reads, hashed against this
 * build's index; a page copied from the cache keeps its entry. Written whole or not at all; then the store is dropped,
 * so a second build in the same process starts afresh.
 */
export function savePageReads(): void {
	const store = holder[STORE];
	if (!store) return;
	const { projectRoot, previous, index, keyed, recorded } = store;
	const next: Record<string, PageEntry> = {};
	for (const [id, { propsHash: props, token }] of [...keyed].sort(([a], [b]) =>
		a < b ? -1 : a > b ? 1 : 0
	)) {
		const reads = recorded.get(id);
		const kept = previous.get(id);
		if (reads && index) next[id] = { reads, key: readsKey(index, props, reads), token };
		// Copied, not rendered: its entry holds while its key does. A copy under any other key (the stored copy of a
		// build that stopped before saving this file) has no reads to go by, so it is left out and renders next time.
		else if (!reads && kept?.token === token) next[id] = kept;
	}
	writeCacheJson(cacheRecordFile(projectRoot, 'pageReads'), next, "The pages' reads");
	delete holder[STORE];
}
