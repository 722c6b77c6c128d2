import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITE_TITLE } from '../consts.ts';
import { aliasRedirects, formatRedirectsFile } from '../lib/links/alias-redirects.ts';
import { prerenderShareImages } from '../lib/share-image/prerender-share-images.ts';
import { shareImageCacheDir } from '../lib/build-cache-dir.ts';
import { shareImageInput } from '../lib/share-image/share-image-input.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { summariseContent } from '../lib/validation/summarise-content.ts';
import { validateContent, type ContentReport } from '../lib/validation/validate-content.ts';

/**
 * Runs the content check before Astro loads any content, so a build with a content mistake stops with every
 * problem listed (file, field, fix) instead of Astro's first schema error; in `astro dev` problems are logged.
 * Before pages are rendered it draws missing share images on all cores; after the build it writes `_redirects`
 * for the renamed claims, both from the same checked content.
 */
export function contentBuild(): AstroIntegration {
	let report: ContentReport | undefined;
	let root: URL | undefined;
	return {
		name: 'claims-tracker:content-build',
		hooks: {
			'astro:config:setup': ({ command, logger, config }) => {
				root = config.root;
				if (command !== 'build' && command !== 'dev') return;
				report = validateContent();
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
				const started = performance.now();
				const drawn = await prerenderShareImages(
					shareImageInputs(report.content),
					shareImageCacheDir(fileURLToPath(root)),
					new URL('src/lib/share-image/render-worker.ts', root)
				);
				if (drawn > 0)
					logger.info(
						`drew ${drawn} share images in ${Math.round(performance.now() - started)} ms`
					);
			},
			'astro:build:done': ({ dir }) => {
				if (!report) return;
				writeFileSync(
					new URL('_redirects', dir),
					formatRedirectsFile(aliasRedirects(report.content.claims))
				);
			},
		},
	};
}

/** The share image inputs of every published claim, as the image endpoint will ask for them. */
function shareImageInputs(content: ContentReport['content']) {
	const claimants = new Map(content.claimants.map((claimant) => [claimant.id, claimant]));
	return content.claims
		.filter((claim) => !claim.data.draft)
		.map((claim) => shareImageInput(claim, claimants.get(claim.data.claimant)!, SITE_TITLE));
}
