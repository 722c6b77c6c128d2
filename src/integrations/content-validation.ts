import type { AstroIntegration } from 'astro';
import { formatProblem } from '../lib/validation/problem.ts';
import { summariseContent } from '../lib/validation/summarise-content.ts';
import { validateContent } from '../lib/validation/validate-content.ts';

/**
 * Runs the content check before Astro loads any content, so a build with a content mistake stops with every
 * problem listed (file, field, fix) instead of Astro's first schema error. In `astro dev` problems are logged.
 */
export function contentValidation(): AstroIntegration {
	return {
		name: 'claims-tracker:content-validation',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const report = validateContent();
				if (report.problems.length === 0) {
					logger.info(`content OK: ${summariseContent(report.content)}`);
					return;
				}
				const lines = report.problems.map(formatProblem).join('\n');
				const summary = `${report.problems.length} content problem(s) — fix them and build again:\n${lines}`;
				if (command === 'dev') logger.error(summary);
				else throw new Error(summary);
			},
		},
	};
}
