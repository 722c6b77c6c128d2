import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/tools/ingest/extract/article.ts';
import { planIngest } from '../../../../src/tools/ingest/plan/plan-ingest.ts';
import { emptyContent } from '../../../../src/core/validation/parse-records.ts';

// A Korean daily's saved page; its canonical link rewritten as such pages print it.
const PAGE = 'tests/fixtures/ingest-eval/tune/a-koreaherald-2024-11-13-nis-combat.html';
const page = readFileSync(PAGE, 'utf8');
const EXISTING = { content: emptyContent(), read: () => undefined };

function sourceFileOf(raw: string, options: { url?: string } = {}) {
	const plan = planIngest(raw, PAGE, { out: 'content', ...options }, EXISTING);
	return plan.files.find((file) => file.path.includes('/sources/'))!.content;
}

describe('the source record the ingest writes (issue 25: no ZodError, ever)', () => {
	it('makes a protocol-relative canonical link https, and leaves a bare path out rather than guess', () => {
		const canonical = /<link rel="canonical" href="https?:([^"]+)"/;
		expect(page).toMatch(canonical);
		const relative = sourceFileOf(page.replace(canonical, '<link rel="canonical" href="$1"'));
		expect(relative).toMatch(/^url: "?https:\/\//m);
		const path = sourceFileOf(
			page.replace(canonical, '<link rel="canonical" href="/view.php?ud=20241113"')
		);
		expect(path).not.toMatch(/view\.php/);
	});

	it('refuses an unusable --url with an IngestError that names the flag, not a stack trace', () => {
		expect(() =>
			planIngest(page, PAGE, { out: 'content', url: 'ftp://example.com/story' }, EXISTING)
		).toThrow(IngestError);
		expect(() =>
			planIngest(page, PAGE, { out: 'content', url: 'ftp://example.com/story' }, EXISTING)
		).toThrow(/url .*--url/);
	});
});
