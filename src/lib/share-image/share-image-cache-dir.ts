import { join } from 'node:path';

/** Where share images are cached between builds (kept out of dist/, in the project's node_modules cache). */
export function shareImageCacheDir(projectRoot: string): string {
	return join(projectRoot, 'node_modules', '.cache', 'claims-share-images');
}
