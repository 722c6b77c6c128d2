import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Problem } from '../../../core/validation/problem.ts';
import { checkSiteContent } from '../../../site/checks/site-rules.ts';
import type { IngestPlan } from './plan-ingest.ts';

/** What writing a plan did: the problems that stopped it (none when it wrote), and the drafts it left out. */
export interface WriteOutcome {
	/** The plan written (or refused): the first one, or the last made without the drafts left out. */
	plan: IngestPlan;
	problems: Problem[];
	/** Draft claims the content check refused, each with its reasons: left out, so the rest of the article is kept. */
	leftOut: Array<{ path: string; problems: Problem[] }>;
}

/**
 * Writes a plan all or nothing: first the content root with the new files is checked in a scratch copy by the one
 * validation step; a draft claim the check refuses is left out with its reasons (one odd sentence must not cost the
 * article): the plan is made again without it (`replan`), so the source lists only the drafts written and no claimant
 * or measure is written for it alone, and checked again; only if what remains passes is it written, each file to a
 * temporary name and then renamed into place.
 */
export function writeIngestPlan(
	first: IngestPlan,
	out: string,
	replan: (leaveOut: ReadonlySet<string>) => IngestPlan
): WriteOutcome {
	let plan = first;
	let writes = writesOf(plan);
	const leftOut: WriteOutcome['leftOut'] = [];
	let problems = checkInScratchCopy(writes, out);
	for (;;) {
		// Only when every refusal is a draft's: a refused source or claimant stops the write whatever else is refused.
		if (problems.some((problem) => !isDraftClaim(problem.file, out))) break;
		const refused = writes.filter((file) => problems.some((problem) => problem.file === file.path));
		if (refused.length === 0) break;
		for (const file of refused)
			leftOut.push({
				path: file.path,
				problems: problems.filter((problem) => problem.file === file.path),
			});
		plan = replan(new Set(leftOut.map(({ path }) => basename(path, '.md'))));
		writes = writesOf(plan);
		problems = checkInScratchCopy(writes, out);
	}
	if (problems.length > 0 || writes.length === 0) return { plan, problems, leftOut };
	const staged: Array<{ temporary: string; path: string }> = [];
	try {
		for (const file of writes) {
			mkdirSync(dirname(file.path), { recursive: true });
			const temporary = `${file.path}.ingest-tmp`;
			writeFileSync(temporary, file.content, 'utf8');
			staged.push({ temporary, path: file.path });
		}
	} catch (error) {
		for (const { temporary } of staged) rmSync(temporary, { force: true });
		throw error;
	}
	for (const { temporary, path } of staged) renameSync(temporary, path);
	return { plan, problems: [], leftOut };
}

function writesOf(plan: IngestPlan): IngestPlan['files'] {
	return plan.files.filter((file) => file.action === 'create' || file.action === 'update');
}

function isDraftClaim(path: string, out: string): boolean {
	return relative(out, path).startsWith(`claims${sep}`);
}

function checkInScratchCopy(writes: IngestPlan['files'], out: string): Problem[] {
	const scratch = mkdtempSync(join(tmpdir(), 'ingest-check-'));
	try {
		if (existsSync(out)) cpSync(out, scratch, { recursive: true });
		for (const file of writes) {
			const target = join(scratch, relative(out, file.path));
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, file.content, 'utf8');
		}
		const written = new Set(writes.map((file) => relative(out, file.path)));
		return checkSiteContent(scratch)
			.problems.filter((problem) => written.has(relative(scratch, problem.file)))
			.map((problem) => ({
				...problem,
				file: join(out, relative(scratch, problem.file)),
				message: problem.message.replaceAll(scratch, out),
			}));
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}
