/**
 * `npm run ingest -- <file> [options]`: turns a raw article into content/sources/<id>.md and draft claims.
 * Wires the steps in src/tools/ingest/; writes all files or none, and never overwrites an editor's change.
 */
import { IngestError } from '../src/tools/ingest/extract/article.ts';
import { INGEST_HELP, parseIngestArguments } from '../src/tools/ingest/ingest-arguments.ts';
import { planIngest } from '../src/tools/ingest/plan/plan-ingest.ts';
import { readArticleFile } from '../src/tools/ingest/read/read-article-file.ts';
import { readContentFile } from '../src/tools/ingest/plan/read-content-file.ts';
import { writeIngestPlan } from '../src/tools/ingest/plan/write-plan.ts';
import { formatProblem } from '../src/core/validation/problem.ts';
import { summariseContent } from '../src/core/validation/summarise-content.ts';
import { validateContent } from '../src/core/validation/validate-content.ts';

let articleFile: string | undefined;
try {
	const command = parseIngestArguments(process.argv.slice(2));
	articleFile = command.file || undefined;
	if (command.help) {
		console.log(INGEST_HELP);
		process.exit(0);
	}
	const raw = await readArticleFile(command.file);
	const { out } = command.options;
	const existing = { content: validateContent(out).content, read: readContentFile };
	const plan = planIngest(raw, command.file, command.options, existing);
	if (command.dryRun) {
		for (const file of plan.files)
			console.log(
				`=== ${file.action} ${file.path}${file.reason ? ` (${file.reason})` : ''}\n${file.content}`
			);
		console.log('Dry run: nothing was written.');
		process.exit(0);
	}
	const {
		plan: written,
		problems,
		leftOut,
	} = writeIngestPlan(plan, out, (leaveOut) =>
		planIngest(raw, command.file, { ...command.options, leaveOut }, existing)
	);
	if (problems.length > 0) {
		for (const problem of problems) console.error(formatProblem(problem));
		console.error(
			`\nNothing was written: the files above would not pass the content check. Fix what each line names (often a flag such as --outlet, --published or --id), then run the ingest again; --dry-run shows every file first.`
		);
		process.exit(1);
	}
	console.log(`Ingested ${command.file} as source ${written.sourceId}.`);
	for (const file of written.files)
		console.log(`  ${file.action.padEnd(9)} ${file.path}${file.reason ? ` — ${file.reason}` : ''}`);
	for (const { path, problems: refusals } of leftOut) {
		console.log(`  left out ${path} — the content check refused this draft:`);
		for (const problem of refusals) console.log(`    ${formatProblem(problem)}`);
	}
	console.log(
		`\nContent now: ${summariseContent(validateContent(out).content)}. Review each draft against the source, then delete its draft: true.`
	);
} catch (error) {
	if (!(error instanceof IngestError)) throw error;
	const where =
		articleFile === undefined
			? 'npm run ingest'
			: error.line === undefined
				? articleFile
				: `${articleFile}:${error.line}`;
	console.error(`${where}: ${error.message}`);
	console.error('Nothing was written.');
	process.exit(2);
}
