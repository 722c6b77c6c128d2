import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/tools/ingest/extract/article.ts';
import { planIngest } from '../../../src/tools/ingest/plan/plan-ingest.ts';
import { writeIngestPlan } from '../../../src/tools/ingest/plan/write-plan.ts';
import { emptyContent, type ParsedContent } from '../../../src/core/validation/parse-records.ts';

const NOTHING: ParsedContent = emptyContent();
const EXISTING = { content: NOTHING, read: () => undefined };
const OPTIONS = {
	out: 'content',
	id: 'mutated-article',
	outlet: 'Test Outlet',
	published: '2024-10-25T08:00:00+09:00',
};

const ARTICLES = ['tests/fixtures/articles', 'tests/fixtures/ingest-eval/tune'].flatMap((folder) =>
	readdirSync(folder)
		.filter((name) => /\.(?:txt|md|html)$/.test(name))
		.map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }))
);

/** Runs the ingest; an IngestError is a fine answer to bad input, anything else thrown is a crash. */
function outcome(text: string, name: string): 'planned' | 'refused' {
	try {
		planIngest(text, name, OPTIONS, EXISTING);
		return 'planned';
	} catch (error) {
		if (error instanceof IngestError) return 'refused';
		throw error;
	}
}

// Edits an editor's copy-and-paste can make: lines lost, repeated, cut, swapped, or junk pasted in between.
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('drop' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ unit: 'grapheme', maxLength: 80 }),
	}),
	fc.record({
		kind: fc.constant('duplicate' as const),
		at: fc.nat(),
		length: fc.nat({ max: 200 }),
	}),
	fc.record({ kind: fc.constant('cut' as const), at: fc.nat() })
);

function mutate(text: string, mutations: readonly Mutation[]): string {
	let result = text;
	for (const change of mutations) {
		const at = change.at % (result.length + 1);
		if (change.kind === 'drop') result = result.slice(0, at) + result.slice(at + change.length);
		else if (change.kind === 'insert')
			result = result.slice(0, at) + change.text + result.slice(at);
		else if (change.kind === 'duplicate')
			result = result.slice(0, at) + result.slice(at, at + change.length) + result.slice(at);
		else result = result.slice(0, at);
	}
	return result;
}

type Mutation =
	| { kind: 'drop'; at: number; length: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'duplicate'; at: number; length: number }
	| { kind: 'cut'; at: number };

describe('the ingest on mutated and generated articles', () => {
	it('has articles of every format to mutate', () => {
		for (const format of ['.txt', '.md', '.html'])
			expect(ARTICLES.filter((article) => article.name.endsWith(format)).length).toBeGreaterThan(0);
	});

	it('plans or refuses with an IngestError, and never crashes, whatever is cut, repeated or pasted in', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ARTICLES),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				(article, mutations) => {
					expect(['planned', 'refused']).toContain(
						outcome(mutate(article.text, mutations as Mutation[]), article.name)
					);
				}
			),
			{ numRuns: 150, seed: 20261129 }
		);
	}, 60_000);

	it('writes all of a plan or nothing: a refusal or a failed check leaves the content folder as it was', () => {
		let written = 0;
		fc.assert(
			fc.property(
				fc.constantFrom(...ARTICLES),
				fc.array(mutation, { minLength: 1, maxLength: 4 }),
				(article, mutations) => {
					const out = mkdtempSync(join(tmpdir(), 'ingest-property-'));
					try {
						const files = () => readdirSync(out, { recursive: true }).sort();
						let plan;
						try {
							plan = planIngest(
								mutate(article.text, mutations),
								article.name,
								{ ...OPTIONS, out },
								EXISTING
							);
						} catch (error) {
							if (!(error instanceof IngestError)) throw error;
							expect(files()).toEqual([]);
							return;
						}
						const text = mutate(article.text, mutations);
						const outcome = writeIngestPlan(plan, out, (leaveOut) =>
							planIngest(text, article.name, { ...OPTIONS, out, leaveOut }, EXISTING)
						);
						// A draft left out is not on disk, and the source does not list it.
						for (const { path } of outcome.leftOut) {
							expect(existsSync(path)).toBe(false);
							const id = basename(path, '.md');
							expect(outcome.plan.files.some((file) => file.content.includes(id))).toBe(false);
						}
						if (outcome.problems.length > 0) expect(files()).toEqual([]);
						else {
							written++;
							for (const file of outcome.plan.files.filter(({ action }) => action === 'create'))
								expect(readFileSync(file.path, 'utf8')).toBe(file.content);
						}
					} finally {
						rmSync(out, { recursive: true, force: true });
					}
				}
			),
			{ numRuns: 30, seed: 20261129 }
		);
		// Some mutated articles still make a plan that is written: the all-of-it half is exercised too.
		expect(written).toBeGreaterThan(0);
	}, 120_000);

	it('never crashes on arbitrary text, in any of the three formats', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 2_000 }),
				fc.constantFrom('article.txt', 'article.md', 'article.html'),
				(text, name) => {
					expect(['planned', 'refused']).toContain(outcome(text, name));
				}
			),
			{ numRuns: 150, seed: 20261129 }
		);
	}, 60_000);

	it('drafts from 2,000 words in well under a second', () => {
		const words = ARTICLES[0]!.text.split(/\s+/);
		const long = Array.from(
			{ length: Math.ceil(2_000 / words.length) },
			() => ARTICLES[0]!.text
		).join('\n');
		const started = performance.now();
		outcome(long, ARTICLES[0]!.name);
		expect(performance.now() - started).toBeLessThan(1_000);
	});
});
