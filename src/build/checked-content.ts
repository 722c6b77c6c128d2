import { resolve } from 'node:path';
import { contentRoot } from '../core/content-folders.ts';
import type { ContentReport } from '../core/validation/validate-content.ts';
import { checkSiteContent } from '../site/checks/site-rules.ts';

const REPORT = Symbol.for('claims-tracker:checked-content');
const holder = globalThis as { [REPORT]?: { root: string; report: ContentReport } };

/**
 * The content check's report for a content root, worked out once per process: the build's check and Astro's
 * content loader (separate copies of this module, hence `globalThis`) share it, so each file is read and parsed
 * once per build. `fresh` reads the files again, after an edit in dev.
 */
export function checkedContent(
	root: string = contentRoot(),
	{ fresh = false } = {}
): ContentReport {
	const absolute = resolve(root);
	const remembered = holder[REPORT];
	if (!fresh && remembered?.root === absolute) return remembered.report;
	const report = checkSiteContent(root);
	holder[REPORT] = { root: absolute, report };
	return report;
}
