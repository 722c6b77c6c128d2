import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { contentRoot } from '../core/content-folders.ts';
import { contentYamlFromJson, contentYamlToJson } from '../core/yaml/content-yaml.ts';
import type { ParsedYamlCache } from '../core/validation/read-content-files.ts';
import type { ContentReport } from '../core/validation/validate-content.ts';
import { checkSiteContent } from '../site/checks/site-rules.ts';
import { cacheRecordFile } from './build-cache-dir.ts';
import { readCacheJson, writeCacheJson } from './cache-files.ts';
import { recipeVersion } from './cache-key.ts';

const REPORT = Symbol.for('claims-tracker:checked-content');
const holder = globalThis as { [REPORT]?: { root: string; report: ContentReport } };

/**
 * The content check's report for a content root, worked out once per process: the build's check and Astro's
 * content loader (separate copies of this module, hence `globalThis`) share it, so each file is read and parsed
 * once per build, and only a file whose text changed since the last build has its YAML parsed. `fresh` reads the
 * files again, after an edit in dev.
 */
export function checkedContent(
	root: string = contentRoot(),
	{ fresh = false } = {}
): ContentReport {
	const absolute = resolve(root);
	const remembered = holder[REPORT];
	if (!fresh && remembered?.root === absolute) return remembered.report;
	const parsedYaml = keptParsedYaml(process.cwd());
	const report = checkSiteContent(root, parsedYaml);
	parsedYaml.save();
	holder[REPORT] = { root: absolute, report };
	return report;
}

interface KeptYaml {
	version: string;
	/** Parsed YAML as `contentYamlToJson` writes it, by the SHA-256 of the text it was parsed from. */
	entries: Record<string, string>;
}

/**
 * The parsed YAML the last build kept, under the version of the YAML reader (its code and the `yaml` package), and
 * what this run parsed: `save` keeps this run's texts only, so deleted files drop out.
 */
function keptParsedYaml(projectRoot: string): ParsedYamlCache & { save(): void } {
	const file = cacheRecordFile(projectRoot, 'contentYaml');
	const version = recipeVersion(
		{ code: ['src/core/yaml/content-yaml.ts'], libraries: ['yaml'] },
		projectRoot
	);
	const kept = readCacheJson<KeptYaml>(file);
	const before = kept?.version === version ? kept.entries : {};
	const now: Record<string, string> = {};
	const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
	return {
		get: (text) => {
			const hash = hashOf(text);
			const json = before[hash];
			if (json === undefined) return undefined;
			now[hash] = json;
			return contentYamlFromJson(json);
		},
		set: (text, data) => {
			now[hashOf(text)] = contentYamlToJson(data);
		},
		save: () => {
			const keys = Object.keys(now);
			const unchanged =
				keys.length === Object.keys(before).length && keys.every((key) => key in before);
			if (!unchanged)
				writeCacheJson(file, { version, entries: now } satisfies KeptYaml, 'parsed content YAML');
		},
	};
}
