import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder with a hash of its bytes, by path: a built site, or what a command wrote. */
export function fingerprint(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const file = join(entry.parentPath, entry.name);
				return [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
			})
			.sort(([a], [b]) => a!.localeCompare(b!))
	) as Record<string, string>;
}
