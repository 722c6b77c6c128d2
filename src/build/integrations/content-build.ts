import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_TITLE } from '../../site/consts.ts';
import { aliasRedirects, formatRedirectsFile } from '../../site/links/alias-redirects.ts';
import { buildCacheDir, shareImageCacheDir } from '../build-cache-dir.ts';
import { discardStaleContentStore } from '../content-store-freshness.ts';
import { finishPageCacheBuild, startPageCacheBuild } from '../page-cache/unfinished-build.ts';
import { prerenderShareImages } from '../share-images/prerender-share-images.ts';
import {
	publishShareImages,
	shareImagePath,
	type ClaimShareImage,
} from '../share-images/publish-share-images.ts';
import { shareImageInput } from '../../site/share-image/share-image-input.ts';
import { formatProblem } from '../../core/validation/problem.ts';
import { summariseContent } from '../../core/validation/summarise-content.ts';
import { checkedContent } from '../checked-content.ts';
import type { ContentReport } from '../../core/validation/validate-content.ts';

/**
 * Runs the content check before Astro loads any content, so a build with a content mistake stops with every
 * problem listed (file, field, fix) instead of Astro's first schema error; in `astro dev` problems are logged.
 * Before pages are rendered it draws missing share images on all cores and, after a build that stopped partway, has
 * Astro forget its page cache's keys (unfinished-build.ts); after the build it copies the images into the site and
 * writes `_redirects` for the renamed claims, all from the same checked content. In dev, an endpoint
 * draws share images on request instead.
 */
export function contentBuild(): AstroIntegration {
	let report: ContentReport | undefined;
	let root: URL | undefined;
	let shareImages: ClaimShareImage[] = [];
	return {
		name: 'claims-tracker:content-build',
		hooks: {
			'astro:config:setup': ({ command, logger, config, injectRoute }) => {
				root = config.root;
				if (command === 'dev')
					injectRoute({
						pattern: shareImagePath('[id]'),
						entrypoint: new URL('./share-image-dev-endpoint.ts', import.meta.url),
					});
				if (command !== 'build' && command !== 'dev') return;
				const projectRoot = fileURLToPath(config.root);
				if (discardStaleContentStore(projectRoot, buildCacheDir(projectRoot)))
					logger.info('the content schemas changed: every content file will be read again');
				// Fresh: a dev server restart must see edits made since; Astro's content loader then reuses it.
				report = checkedContent(undefined, { fresh: true });
				if (report.problems.length === 0) {
					logger.info(`content OK: ${summariseContent(report.content)}`);
					return;
				}
				const lines = report.problems.map(formatProblem).join('\n');
				const summary = `${report.problems.length} content problem(s) — fix them and build again:\n${lines}`;
				if (command === 'dev') logger.error(summary);
				else throw new Error(summary);
			},
			'astro:build:start': async ({ logger }) => {
				if (!report || !root) return;
				if (startPageCacheBuild(buildCacheDir(fileURLToPath(root))))
					logger.info('the last build stopped partway: every keyed page renders afresh');
				const started = performance.now();
				shareImages = claimShareImages(report.content);
				const drawn = await prerenderShareImages(
					shareImages.map(({ input }) => input),
					shareImageCacheDir(fileURLToPath(root)),
					new URL('src/build/share-images/render-worker.ts', root)
				);
				if (drawn > 0)
					logger.info(
						`drew ${drawn} share images in ${Math.round(performance.now() - started)} ms`
					);
			},
			'astro:build:done': async ({ dir }) => {
				if (!report || !root) return;
				finishPageCacheBuild(buildCacheDir(fileURLToPath(root)));
				await publishShareImages(
					shareImages,
					shareImageCacheDir(fileURLToPath(root)),
					fileURLToPath(dir)
				);
				writeFileSync(
					new URL('_redirects', dir),
					formatRedirectsFile([
						...aliasRedirects('claims', report.content.claims),
						...aliasRedirects('measures', report.content.measures),
					])
				);
			},
		},
	};
}

/** The share image of every published claim. */
function claimShareImages(content: ContentReport['content']): ClaimShareImage[] {
	const claimants = new Map(content.claimants.map((claimant) => [claimant.id, claimant]));
	return content.claims
		.filter((claim) => !claim.data.draft)
		.map((claim) => ({
			id: claim.id,
			input: shareImageInput(claim, claimants.get(claim.data.claimant)!, SITE_TITLE),
		}));
}
