import { createHash } from 'node:crypto';

/**
 * A page's cache key: the hash of its props, which are its whole view (all the page prints of the content). Astro
 * hashes the page's own code, so a page whose view hashes as before renders as before and is copied.
 */
export function viewKey(props: unknown): string {
	return hash(plainJson(props));
}

/**
 * JSON of plain data. Anything else would hash alike however it changed (a Map, Set or RegExp serialises as `{}`), so
 * it is refused: a view must be plain data. A value many views share — a content record (an object with an `id` and
 * `data`) or a country's outline (a GeoJSON feature) — is written as the digest of its own JSON, worked out once per
 * build: the same claim is in the views of many pages, and Russia's outline in every view that maps Russia.
 */
function plainJson(value: unknown, shared?: object): string {
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
		if (inner !== shared && isContentRecord(inner))
			return { record: inner.id, digest: sharedDigest(inner) };
		if (inner !== shared && isFeature(inner)) return { feature: sharedDigest(inner) };
		return inner;
	});
	return json ?? 'undefined';
}

const SHARED_DIGESTS = new WeakMap<object, string>();

function sharedDigest(shared: object): string {
	let digest = SHARED_DIGESTS.get(shared);
	if (digest === undefined) SHARED_DIGESTS.set(shared, (digest = hash(plainJson(shared, shared))));
	return digest;
}

function isContentRecord(value: unknown): value is { id: string; data: object } {
	if (typeof value !== 'object' || value === null) return false;
	const { id, data } = value as { id?: unknown; data?: unknown };
	return typeof id === 'string' && typeof data === 'object' && data !== null;
}

function isFeature(value: unknown): value is object {
	if (typeof value !== 'object' || value === null) return false;
	const { type, geometry } = value as { type?: unknown; geometry?: unknown };
	return type === 'Feature' && typeof geometry === 'object';
}

function hash(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
