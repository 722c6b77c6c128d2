import { fileURLToPath } from 'node:url';
import { normalize } from 'node:path';
import type { AstroIntegration } from 'astro';
import {
	emptyFolder,
	fileSystemNow,
	outputIsOurs,
	outputRecordFile,
	recordOutput,
	removeStaleOutput,
} from '../stale-output.ts';
import { SEARCH_INDEX_FOLDER } from '../../site/links/site-paths.ts';
import { SHARE_IMAGE_FOLDER } from '../share-images/publish-share-images.ts';

/** Folders whose writers remove what is gone themselves (publishShareImages, the search index). */
const MANAGED_FOLDERS = [SHARE_IMAGE_FOLDER, SEARCH_INDEX_FOLDER].map(normalize);

/**
 * Keeps the built site between builds instead of emptying and refilling it: Astro leaves pages whose cache key is
 * unchanged where they are, and after the build what no longer exists (a removed claim's page, an old script
 * bundle) is deleted. The folder is emptied first only when this cache did not fill it last. Must be the first
 * integration, so that nothing indexes or lists the site before the leftovers are gone.
 */
export function keptOutput(): AstroIntegration {
	let since = 0;
	let recordFile = '';
	return {
		name: 'claims-tracker:kept-output',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				if (command !== 'build') return;
				const outDir = fileURLToPath(config.outDir);
				recordFile = outputRecordFile(fileURLToPath(config.root));
				if (!outputIsOurs(outDir, recordFile)) {
					emptyFolder(outDir);
					logger.info(`${outDir} was not this cache's last output: emptied it`);
				}
				since = fileSystemNow(outDir);
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const outDir = fileURLToPath(dir);
				const kept = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
				const removed = removeStaleOutput(outDir, since, kept, MANAGED_FOLDERS);
				// Integrations after this one rewrite their own files (the sitemap, _headers); gone pages are news.
				const pages = removed.filter((path) => path.endsWith('.html'));
				if (pages.length > 0)
					logger.info(
						`removed ${pages.length} pages no longer built: ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`
					);
				recordOutput(outDir, recordFile, since);
			},
		},
	};
}
