import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/validation/problem.ts';
import { checkSiteContent } from '../../../src/site/checks/site-rules.ts';
import {
	ACCEPTED_CASES,
	BROKEN_CASES,
	expectedProblems,
	materialiseContent,
} from '../../support/content-fixtures.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Validates the valid site with the given cases laid over it; problem lines show the temporary root as `content`. */
function problemLines(...cases: string[]): string[] {
	const { root, remove } = materialiseContent(...cases);
	cleanup = remove;
	return checkSiteContent(root).problems.map((problem) =>
		formatProblem(problem).replaceAll(root, 'content')
	);
}

describe('the content check (the core’s rules and the site’s)', () => {
	it('finds no problem in the valid fixture site', () => {
		expect(problemLines()).toEqual([]);
	});

	it.each(ACCEPTED_CASES)('accepts %s', (acceptedCase) => {
		expect(problemLines(acceptedCase)).toEqual([]);
	});

	it('has at least twenty broken cases', () => {
		expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(20);
	});

	it.each(BROKEN_CASES)(
		'reports %s as exactly one problem with file, field and fix',
		(brokenCase) => {
			const lines = problemLines(`broken/${brokenCase}`);
			expect(lines).toEqual(expectedProblems(brokenCase));
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(/^content\/\S.*?: .+?: .+ — .+/);
		}
	);

	it('reports every problem at once, across files and rules, ordered by file', () => {
		const cases = ['broken/status-typo', 'broken/history-out-of-order', 'broken/unknown-country'];
		expect(problemLines(...cases)).toEqual(
			cases.map((brokenCase) => expectedProblems(brokenCase.replace('broken/', ''))[0]).sort()
		);
	});

	it('reports a missing collection folder', () => {
		const { root, remove } = materialiseContent();
		cleanup = remove;
		const { problems } = checkSiteContent(`${root}/nowhere`);
		expect(problems.map(formatProblem)).toContain(
			`${root}/nowhere/claims: (folder): is missing — create the folder for claims, even if it stays empty`
		);
	});
});
