import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'content');

/** Names of the broken-content cases: each a valid site with one editor's mistake laid over it. */
export const BROKEN_CASES = readdirSync(join(FIXTURES, 'broken')).sort();

/** Names of the cases that look unusual but must be accepted (Windows line endings, a byte-order mark). */
export const ACCEPTED_CASES = readdirSync(FIXTURES).filter((name) => name.startsWith('accepted-'));

/** The exact problem lines a broken case must produce, with paths under `content/`. */
export function expectedProblems(brokenCase: string): string[] {
	return readFileSync(join(FIXTURES, 'broken', brokenCase, 'expected-problems.txt'), 'utf8')
		.trimEnd()
		.split('\n');
}

/**
 * Copies the valid fixture site into a temporary content root and lays the cases' files over it, in order.
 * A case is an accepted case or `broken/<name>`; none gives the valid site.
 */
export function materialiseContent(...cases: string[]): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'claims-content-'));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	for (const fixtureCase of cases) {
		cpSync(join(FIXTURES, fixtureCase), root, {
			recursive: true,
			filter: (source) => !source.endsWith('expected-problems.txt'),
		});
	}
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
