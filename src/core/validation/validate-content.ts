import { contentRoot } from '../content-folders.ts';
import { parseRecords, type ParsedContent } from './parse-records.ts';
import type { Problem } from './problem.ts';
import { readContentFiles, type ParsedYamlCache } from './read-content-files.ts';
import { checkAliases } from './rules/aliases.ts';
import { checkClaimantNames } from './rules/claimant-names.ts';
import { checkEvidenceLog } from './rules/evidence-log.ts';
import { checkFileIds } from './rules/file-ids.ts';
import { checkFutureDates } from './rules/future-dates.ts';
import { checkKeyEvents } from './rules/key-events.ts';
import { checkMeasures } from './rules/measures.ts';
import { checkPlaces } from './rules/places.ts';
import { checkPublishedLedger } from './rules/published-ledger.ts';
import { checkQuotedNotes, checkQuotes } from './rules/quotes.ts';
import { checkReferences } from './rules/references.ts';
import { checkRelations } from './rules/relations.ts';
import { checkSourceHashes } from './rules/source-hashes.ts';
import { checkStatusEvidence } from './rules/status-evidence.ts';
import { checkStatusHistory } from './rules/status-history.ts';
import { checkUnusedSources } from './rules/unused-sources.ts';

/** The outcome of checking all content: the records that parsed, and every problem found. */
export interface ContentReport {
	content: ParsedContent;
	problems: Problem[];
}

/** A rule over all records at once, as the site adds its own (src/site/checks/site-rules.ts). */
export type ContentRule = (content: ParsedContent) => Problem[];

const CROSS_RECORD_RULES: readonly ContentRule[] = [
	checkReferences,
	checkQuotes,
	checkQuotedNotes,
	checkSourceHashes,
	checkStatusHistory,
	(content: ParsedContent) => checkFutureDates(content),
	checkStatusEvidence,
	checkEvidenceLog,
	checkRelations,
	checkUnusedSources,
	checkAliases,
	checkClaimantNames,
	checkPlaces,
	checkMeasures,
	checkKeyEvents,
];

/**
 * The content core's check: reads every content file, checks each against its schema and all records against each
 * other (and against any further `rules`), and reports every problem at once, ordered by file.
 */
export function validateContent(
	root: string = contentRoot(),
	rules: readonly ContentRule[] = [],
	parsedYaml?: ParsedYamlCache
): ContentReport {
	const files = readContentFiles(root, parsedYaml);
	const parsed = parseRecords(files);
	const problems = [
		...files.problems,
		...checkFileIds(files.records),
		...parsed.problems,
		...[...CROSS_RECORD_RULES, ...rules].flatMap((rule) => rule(parsed.content)),
		...checkPublishedLedger(parsed.content, files.ledger),
	];
	problems.sort((a, b) => a.file.localeCompare(b.file));
	return { content: parsed.content, problems };
}
