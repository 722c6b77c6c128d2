import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { aliasRedirects, formatRedirectsFile } from '../lib/links/alias-redirects.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { summariseContent } from '../lib/validation/summarise-content.ts';
import { validateContent, type ContentReport } from '../lib/validation/validate-content.ts';

/**
 * Runs the content check before Astro loads any content, so a build with a content mistake stops with every
 * problem listed (file, field, fix) instead of Astro's first schema error; in `astro dev` problems are logged.
 * After a build it writes `_redirects` for the renamed claims, from the same checked content.
 */
export function contentBuild(): AstroIntegration {
	let report: ContentReport | undefined;
	return {
		name: 'claims-tracker:content-build',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
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
