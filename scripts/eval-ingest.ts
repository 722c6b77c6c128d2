/**
 * `npm run eval:ingest [-- --verbose]`: runs the ingest on every labelled article of tests/fixtures/ingest-eval/ and
 * prints, for the tuning half and the held-out half separately, how much of the metadata it read right, how many of
 * the labelled claims it drafted, with the right speaker, figures and date, and how many drafts are junk.
 * `--verbose` lists what went wrong article by article in the tuning half only: reading the held-out half's misses
 * would turn it into a second tuning set. `--verbose=all` shows both, for a final review.
 */
import { evaluateIngest, EVAL_HALVES } from '../src/lib/ingest/eval/evaluate-ingest.ts';

const showAll = process.argv.includes('--verbose=all');
const verbose = showAll || process.argv.includes('--verbose');
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;
for (const half of EVAL_HALVES) {
	const { summary, articles } = evaluateIngest(half);
	console.log(
		`\n${half}: ${summary.articles} articles, ${summary.drafts} drafts, ${summary.crashes} crashes`
	);
	console.log(`  metadata right          ${percent(summary.metadata)}`);
	console.log(`  claims found (recall)   ${percent(summary.claimRecall)}`);
	console.log(`  speaker right           ${percent(summary.speakerRight)} of found`);
	console.log(`  figures right           ${percent(summary.figuresRight)} of found`);
	console.log(`  said-date right         ${percent(summary.claimedRight)} of found`);
	console.log(
		`  measure proposed right  ${percent(summary.measureRight)} of labelled figures found`
	);
	console.log(`  junk drafts             ${percent(summary.junkShare)} of drafts`);
	console.log(`  speaker unknown         ${percent(summary.unknownSpeakerShare)} of drafts`);
	console.log(
		`  furniture kept          ${percent(summary.furnitureLeaked)} of labelled furniture`
	);
	if (!verbose || (half !== 'tune' && !showAll)) continue;
	for (const article of articles) {
		console.log(`  ${article.file}${article.refused ? ` — refused: ${article.refused}` : ''}`);
		if (article.crash) console.log(`    CRASH ${article.crash}`);
		if (article.score?.metadataMisses.length)
			console.log(`    metadata missed: ${article.score.metadataMisses.join(', ')}`);
		for (const note of article.score?.notes ?? []) console.log(`    ${note}`);
	}
}
