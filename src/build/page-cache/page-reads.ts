import { createHash } from 'node:crypto';
import { stableJson } from '../cache-files.ts';
import type { SiteIndex } from '../../site/site-index.ts';

/**
 * One question a page asked the site index while it rendered: a property (`['claims']`) or a lookup with its
 * arguments (`['claimsBy', 'kremlin']`). Its answer is plain data, so the same question can be asked again of the
 * next build's index and the answers compared.
 */
export type IndexRead = [name: keyof SiteIndex, ...args: unknown[]];

/** The index as a page sees it, with every read it makes appended to `reads` (each distinct read once). */
export function recordingIndex(index: SiteIndex, reads: IndexRead[]): SiteIndex {
	const seen = new Set(reads.map((read) => stableJson(read)));
	const note = (read: IndexRead) => {
		const key = stableJson(read);
		if (seen.has(key)) return;
		seen.add(key);
		reads.push(read);
	};
	return new Proxy(index, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			// Only the index's own fields are content; `await` alone asks for `then`.
			if (typeof property !== 'string' || !Object.hasOwn(target, property)) return value;
			const name = property as keyof SiteIndex;
			if (typeof value !== 'function') {
				note([name]);
				return value;
			}
			return (...args: unknown[]) => {
				note([name, ...args]);
				return (value as (...inner: unknown[]) => unknown).apply(target, args);
			};
		},
	});
}

/**
 * The hash of a page's props and the current answer to every read it made: rendering is a function of the page's
 * code (tracked by Astro), its props and those answers, so while this hash is unchanged, so is the page.
 */
export function readsKey(index: SiteIndex, propsHash: string, reads: readonly IndexRead[]): string {
	const answers = reads.map((read) => [read, answerHash(index, read)]);
	return hash(plainJson({ propsHash, answers }));
}

/** The hash of a page's props, which must be plain data. */
export function propsHash(props: unknown): string {
	return hash(plainJson(props));
}

const answerHashes = new WeakMap<SiteIndex, Map<string, string>>();

/** The hash of a read's answer, worked out once per index: many pages ask for the same list of every claim. */
function answerHash(index: SiteIndex, read: IndexRead): string {
	let hashes = answerHashes.get(index);
	if (!hashes) answerHashes.set(index, (hashes = new Map<string, string>()));
	const key = stableJson(read);
	let answer = hashes.get(key);
	if (answer === undefined) {
		answer = hash(plainJson(ask(index, read)));
		hashes.set(key, answer);
	}
	return answer;
}

/** Asks the index a recorded question; a lookup of a record that is gone answers with the error, which differs. */
function ask(index: SiteIndex, [name, ...args]: IndexRead): unknown {
	const value: unknown = index[name];
	if (typeof value !== 'function') return value;
	try {
		return (value as (...inner: unknown[]) => unknown).apply(index, args);
	} catch (error) {
		return { missing: (error as Error).message };
	}
}

/**
 * JSON of plain data. Anything else would hash alike however it changed (a Map, Set or RegExp serialises as `{}`), so
 * it is refused: such a value in props or an index answer must first become plain data. A content record (an object
 * with an `id` and `data`) is written as the digest of its own JSON, worked out once per build: the same claim
 * appears in the props and answers of many pages.
 */
function plainJson(value: unknown, record?: object): string {
	const json = JSON.stringify(value, (key, inner: unknown) => {
		if (
			inner instanceof Map ||
			inner instanceof Set ||
			inner instanceof RegExp ||
			typeof inner === 'function'
		)
			throw new Error(
				`a page's cache key cannot hash ${typeof inner === 'function' ? 'a function' : inner.constructor.name} (at "${key}"): pass plain data`
			);
		if (inner !== record && isContentRecord(inner))
			return { record: inner.id, digest: recordDigest(inner) };
		return inner;
	});
	return json ?? 'undefined';
}

const RECORD_DIGESTS = new WeakMap<object, string>();

function recordDigest(record: { id: string }): string {
	let digest = RECORD_DIGESTS.get(record);
	if (digest === undefined) RECORD_DIGESTS.set(record, (digest = hash(plainJson(record, record))));
	return digest;
}

function isContentRecord(value: unknown): value is { id: string; data: object } {
	if (typeof value !== 'object' || value === null) return false;
	const { id, data } = value as { id?: unknown; data?: unknown };
	return typeof id === 'string' && typeof data === 'object' && data !== null;
}

function hash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
