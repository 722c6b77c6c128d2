/**
 * `npm run check`: validates all content in seconds, without building, and prints every problem at once.
 * Exit code 1 when there is any problem.
 */
import { cacheRecordFile } from '../src/build/build-cache-dir.ts';
import { contentRoot } from '../src/core/content-folders.ts';
import { formatProblem } from '../src/core/validation/problem.ts';
import { summariseContent } from '../src/core/validation/summarise-content.ts';
import { filesOutOfLayout } from '../src/build/content-layout-report.ts';
import { checkedContent } from '../src/build/checked-content.ts';

const root = contentRoot();
// The parsed YAML the build keeps is shared: the deploy's check and build together parse a changed file once.
const report = checkedContent(root);
if (report.problems.length > 0) {
	for (const problem of report.problems) console.error(formatProblem(problem));
	const count = report.problems.length;
	console.error(
		`\n${count} ${count === 1 ? 'problem' : 'problems'} in ${root}/ — fix ${count === 1 ? 'it' : 'them'} and run npm run check again.`
	);
	// An exit code, not process.exit(): the process once hung in process.exit() during an e2e run (a deadlock
	// joining V8's worker threads), stalling the suite.
	process.exitCode = 1;
} else {
	console.log(`Content OK: ${summariseContent(report.content)}.`);
	// Layout is not a problem (the site reads any valid YAML), but a form save would rewrite these files whole.
	const relaid = filesOutOfLayout(root, cacheRecordFile(process.cwd(), 'contentLayout'));
	if (relaid.length > 0)
		console.log(
			`Note: ${relaid.length} ${relaid.length === 1 ? 'file is' : 'files are'} not in the standard layout (${relaid
				.slice(0, 3)
				.map(({ path }) => path)
				.join(
					', '
				)}${relaid.length > 3 ? ', …' : ''}) — run npm run format:content so later edits make small diffs.`
		);
}
