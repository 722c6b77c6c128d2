import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The bytes of every file under a folder, for size reports (the build's search index, the benchmark's dist). */
export function folderBytes(folder: string): number {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}
