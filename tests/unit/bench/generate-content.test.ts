import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../../scripts/bench/generate-content.ts';
import { validateContent } from '../../../src/core/validation/validate-content.ts';

const root = mkdtempSync(join(tmpdir(), 'claims-bench-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the benchmark’s synthetic content', () => {
	generateContent(root, 300);
	const report = validateContent(root);

	it('passes the content check, so the benchmark builds what editors could have written', () => {
		expect(report.problems).toEqual([]);
		expect(readdirSync(join(root, 'claims'))).toHaveLength(300);
	});

	it('has facts, predictions and opinions, and evidence logs, as real content does', () => {
		const kinds = new Set(report.content.claims.map((claim) => claim.data.kind));
		expect([...kinds].sort()).toEqual(['fact', 'opinion', 'prediction']);
		expect(report.content.claims.some((claim) => claim.data.evidence.length > 0)).toBe(true);
	});
});
