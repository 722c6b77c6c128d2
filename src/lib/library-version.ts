import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** `name@version` of an installed package, for cache keys that must change when a library or dataset is upgraded. */
export function libraryVersion(name: string): string {
	// Read from the package's folder: not every package exports its package.json (d3-geo does not).
	const folders = createRequire(import.meta.url).resolve.paths(name) ?? [];
	const manifest = folders.map((folder) => join(folder, name, 'package.json')).find(existsSync);
	if (!manifest) throw new Error(`${name} is not installed — run npm ci`);
	const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
	return `${name}@${version}`;
}
