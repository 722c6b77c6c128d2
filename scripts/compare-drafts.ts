/**
 * `npm run compare-drafts -- <article> <source id> [ingest flags]`: how the ingest tool's drafts for an article
 * compare with the claims editors curated from it in content/. Prints how many curated claims have a draft with the
 * same quote (the draft's sentence contains the curated words), and how many drafts no curated claim uses.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { parseIngestArguments } from '../src/tools/ingest/ingest-arguments.ts';
import { planIngest } from '../src/tools/ingest/plan/plan-ingest.ts';
import { normaliseText } from '../src/core/text/normalise-text.ts';
import { emptyContent, type ParsedContent } from '../src/core/validation/parse-records.ts';
import { validateContent } from '../src/core/validation/validate-content.ts';

const [article, sourceId, ...flags] = process.argv.slice(2);
if (!article || !sourceId)
	throw new Error('usage: npm run compare-drafts -- <article> <source id> [ingest flags]');
const command = parseIngestArguments([article, ...flags]);

const nothing: ParsedContent = emptyContent();
const plan = planIngest(
	readFileSync(command.file, 'utf8'),
	command.file,
	{ ...command.options, id: sourceId },
	{ content: nothing, read: () => undefined }
);
const draftSentences = plan.files
	.filter((file) => file.path.includes('/claims/'))
	.map((file) =>
		normaliseText((parseYaml(file.content.split('---\n')[1]!) as { statement: string }).statement)
	);
const curated = validateContent('content').content.claims.filter(
	(claim) =>
		!claim.data.draft && claim.data.sources.some((citation) => citation.source === sourceId)
);
const quotesOf = (claim: (typeof curated)[number]) =>
	claim.data.sources
		.filter((citation) => citation.source === sourceId)
		.flatMap((citation) => (citation.quote === undefined ? [] : [normaliseText(citation.quote)]));

const matched = curated.filter((claim) =>
	quotesOf(claim).some((quote) => draftSentences.some((sentence) => sentence.includes(quote)))
);
const used = draftSentences.filter((sentence) =>
	curated.some((claim) => quotesOf(claim).some((quote) => sentence.includes(quote)))
);
console.log(
	`curated claims: ${curated.length}; with a draft carrying the same quote: ${matched.length} (${Math.round((matched.length / curated.length) * 100)}%)`
);
console.log(
	`drafts: ${draftSentences.length}; used by a curated claim: ${used.length}; an editor would throw away: ${draftSentences.length - used.length}`
);
for (const claim of curated.filter((candidate) => !matched.includes(candidate)))
	console.log(`  no draft for: ${claim.id}`);
for (const sentence of draftSentences.filter((candidate) => !used.includes(candidate)))
	console.log(`  unused draft: ${sentence.slice(0, 90)}…`);
