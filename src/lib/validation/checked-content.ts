import { resolve } from 'node:path';
import { contentRoot } from '../content-folders.ts';
import { validateContent, type ContentReport } from './validate-content.ts';

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
	const report = validateContent(root);
	holder[REPORT] = { root: absolute, report };
	return report;
}
