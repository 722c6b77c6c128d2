/**
 * `npm run eval:ingest [-- --verbose]`: runs the ingest on every labelled article of tests/fixtures/ingest-eval/ and
 * prints, for the tuning half and the held-out half separately, and within each for the North Korean troops story
 * and for the other stories, how much of the metadata it read right, how many of the labelled claims it drafted, with
 * the right speaker, figures and date, and how many drafts are junk.
 * `--verbose` lists what went wrong article by article in the tuning half only: reading the held-out half's misses
 * would turn it into a second tuning set. `--verbose=all` shows both, for a final review.
 */
import {
	evaluateIngest,
	EVAL_HALVES,
	STORY_GROUPS,
} from '../src/tools/ingest/eval/evaluate-ingest.ts';
import type { EvalSummary } from '../src/tools/ingest/eval/summarise-scores.ts';

const showAll = process.argv.includes('--verbose=all');
const verbose = showAll || process.argv.includes('--verbose');
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;
const ROWS: Array<[string, (summary: EvalSummary) => string]> = [
	['articles', (summary) => String(summary.articles)],
	['drafts', (summary) => String(summary.drafts)],
	['crashes', (summary) => String(summary.crashes)],
	['metadata right', (summary) => percent(summary.metadata)],
	['metadata misread', (summary) => percent(summary.metadataMisread)],
	['claims found (recall)', (summary) => percent(summary.claimRecall)],
	['speaker right, of found', (summary) => percent(summary.speakerRight)],
	['figures right, of found', (summary) => percent(summary.figuresRight)],
	['said-date right, of found', (summary) => percent(summary.claimedRight)],
	['measure proposed right', (summary) => percent(summary.measureRight)],
	['junk drafts', (summary) => percent(summary.junkShare)],
	['speaker unknown', (summary) => percent(summary.unknownSpeakerShare)],
	['furniture kept', (summary) => percent(summary.furnitureLeaked)],
];
const COLUMNS = ['all', ...STORY_GROUPS];
const cell = (text: string, width: number) => text.padStart(width);

for (const half of EVAL_HALVES) {
	const { summary, byStory, articles } = evaluateIngest(half);
	const summaries = [summary, ...STORY_GROUPS.map((group) => byStory[group])];
	console.log(`\n${half}`);
	console.log(`  ${''.padEnd(27)}${COLUMNS.map((column) => cell(column, 21)).join('')}`);
	for (const [label, value] of ROWS)
		console.log(`  ${label.padEnd(27)}${summaries.map((each) => cell(value(each), 21)).join('')}`);
	if (!verbose || (half !== 'tune' && !showAll)) continue;
	for (const article of articles) {
		console.log(`  ${article.file}${article.refused ? ` — refused: ${article.refused}` : ''}`);
		if (article.crash) console.log(`    CRASH ${article.crash}`);
		if (article.score?.metadataMisses.length)
			console.log(`    metadata missed: ${article.score.metadataMisses.join(', ')}`);
		for (const note of article.score?.notes ?? []) console.log(`    ${note}`);
	}
}
