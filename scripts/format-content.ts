/**
 * `npm run format:content`: rewrites content files in the standard layout the admin forms and the ingest write
 * (field order, quoting, one-line lists), so a later form edit changes only the lines it means to. Values never
 * change. `--check` lists the files it would rewrite and exits 1 if there are any.
 */
import { writeFileSync } from 'node:fs';
import { contentRoot } from '../src/core/content-folders.ts';
import { layoutReport } from '../src/build/content-layout-report.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--check');
if (unknown.length > 0) {
	console.error(
		`Unknown argument ${unknown.join(' ')} — run npm run format:content, or add --check to only list files.`
	);
	process.exit(2);
}
const root = contentRoot();
const { relaid: files, unrelaid } = layoutReport(root);
const list = (paths: string[]) => paths.map((path) => `  ${path}`).join('\n');
if (args.includes('--check')) {
	for (const { path } of files) console.error(`${path}: not in the standard layout`);
	for (const { path, reason } of unrelaid) console.error(`${path}: cannot be laid out: ${reason}`);
	if (files.length > 0) console.error(`\nRun npm run format:content to rewrite what can be.`);
	if (files.length + unrelaid.length > 0) process.exit(1);
	console.log(`Every file in ${root}/ is in the standard layout.`);
} else {
	for (const { path, relaid } of files) writeFileSync(path, relaid);
	if (files.length > 0)
		console.log(
			`Rewrote ${files.length} ${files.length === 1 ? 'file' : 'files'} in the standard layout:\n${list(files.map(({ path }) => path))}`
		);
	for (const { path, reason } of unrelaid) console.error(`${path}: left as it is: ${reason}`);
	if (files.length + unrelaid.length === 0)
		console.log(`Every file in ${root}/ was already in the standard layout.`);
	if (unrelaid.length > 0) process.exit(1);
}
