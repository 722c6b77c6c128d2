/**
 * `npm run check`: validates all content in seconds, without building, and prints every problem at once.
 * Exit code 1 when there is any problem.
 */
import { contentRoot } from '../src/lib/content-folders.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { summariseContent } from '../src/lib/validation/summarise-content.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const root = contentRoot();
const report = validateContent(root);
if (report.problems.length > 0) {
	for (const problem of report.problems) console.error(formatProblem(problem));
	const count = report.problems.length;
	console.error(
		`\n${count} ${count === 1 ? 'problem' : 'problems'} in ${root}/ — fix ${count === 1 ? 'it' : 'them'} and run npm run check again.`
	);
	process.exit(1);
}
console.log(`Content OK: ${summariseContent(report.content)}.`);
