import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIngest } from '../../../../src/tools/ingest/plan/plan-ingest.ts';
import { writeIngestPlan } from '../../../../src/tools/ingest/plan/write-plan.ts';
import { emptyContent } from '../../../../src/core/validation/parse-records.ts';

const ARTICLE = 'tests/fixtures/articles/wire-2024-10-25-kyiv.txt';

function planInto(out: string, leaveOut?: ReadonlySet<string>) {
	return planIngest(
		readFileSync(ARTICLE, 'utf8'),
		ARTICLE,
		{ out, outlet: 'Test Outlet', published: '2024-10-25T08:00:00+09:00', leaveOut },
		{ content: emptyContent(), read: () => undefined }
	);
}

describe('writeIngestPlan (issue 25)', () => {
	it('leaves out a draft the content check refuses, with its reasons, and writes the rest', () => {
		const out = mkdtempSync(join(tmpdir(), 'ingest-write-'));
		try {
			const plan = planInto(out);
			const claims = plan.files.filter((file) => file.path.includes('/claims/'));
			expect(claims.length).toBeGreaterThan(1);
			const broken = claims[0]!;
			broken.content = broken.content.replace(/^claimant: .*$/m, 'claimant: nobody-of-that-name');
			const { problems, leftOut } = writeIngestPlan(plan, out, (leaveOut) =>
				planInto(out, leaveOut)
			);
			expect(problems).toEqual([]);
			expect(leftOut.map(({ path }) => path)).toEqual([broken.path]);
			expect(leftOut[0]!.problems.map((problem) => problem.field)).toContain('claimant');
			expect(existsSync(broken.path)).toBe(false);
			for (const file of claims.slice(1))
				expect(readFileSync(file.path, 'utf8')).toBe(file.content);
			// The source lists only the drafts written, so a later run proposes the left-out one again.
			const [source] = readdirSync(join(out, 'sources'));
			expect(readFileSync(join(out, 'sources', source!), 'utf8')).not.toContain(
				basename(broken.path, '.md')
			);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});

	it('writes nothing when a file other than a draft claim is refused', () => {
		const out = mkdtempSync(join(tmpdir(), 'ingest-write-'));
		try {
			const plan = planInto(out);
			const source = plan.files.find((file) => file.path.includes('/sources/'))!;
			source.content = source.content.replace(/^outlet: .*$/m, 'outlet: ""');
			const { problems, leftOut } = writeIngestPlan(plan, out, (leaveOut) =>
				planInto(out, leaveOut)
			);
			expect(problems.some((problem) => problem.file === source.path)).toBe(true);
			expect(leftOut).toEqual([]);
			expect(readdirSync(out)).toEqual([]);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});
