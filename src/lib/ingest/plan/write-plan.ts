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
import { dirname, join, relative } from 'node:path';
import type { Problem } from '../../validation/problem.ts';
import { validateContent } from '../../validation/validate-content.ts';
import type { IngestPlan } from './plan-ingest.ts';

/**
 * Writes a plan all or nothing: first the content root with the new files is checked in a scratch copy by the one
 * validation step; only if the new files pass are they written, each to a temporary name and then renamed into place.
 * Returns the problems that stopped it (none when it wrote).
 */
export function writeIngestPlan(plan: IngestPlan, out: string): Problem[] {
	const writes = plan.files.filter((file) => file.action === 'create' || file.action === 'update');
	const problems = checkInScratchCopy(writes, out);
	if (problems.length > 0 || writes.length === 0) return problems;
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
	return [];
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
		return validateContent(scratch)
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
