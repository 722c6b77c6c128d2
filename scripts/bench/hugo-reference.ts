import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LIST_PAGE_SIZE } from '../../src/site/consts.ts';

/**
 * The Hugo reference: a Hugo site over the same claim files (Hugo reads their YAML frontmatter as is) with what a
 * lean static site of claims would have — a page per claim (title, statement, status, dates, body), the list of
 * claims paginated like ours, and a page per claimant and per topic listing theirs. Its cold build time is the
 * yardstick the issue sets for an edit's rebuild.
 */
export function hugoOnPath(): boolean {
	return spawnSync('hugo', ['version'], { encoding: 'utf8' }).status === 0;
}

/** Writes the Hugo project for a content folder's claims into `dir`, replacing what was there. */
export function writeHugoReference(dir: string, contentRoot: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'content', 'claims'), { recursive: true });
	mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
	for (const file of readdirSync(join(contentRoot, 'claims')))
		cpSync(join(contentRoot, 'claims', file), join(dir, 'content', 'claims', file));
	writeFileSync(
		join(dir, 'hugo.toml'),
		[
			`baseURL = "https://example.org/"`,
			`title = "Claims"`,
			`paginate = ${LIST_PAGE_SIZE}`,
			`disableKinds = ["RSS", "sitemap", "robotsTXT"]`,
			`[taxonomies]`,
			`  claimant = "claimant"`,
			`  topic = "topics"`,
		].join('\n') + '\n'
	);
	const page = (body: string) =>
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>${body}</main></body></html>\n`;
	writeFileSync(
		join(dir, 'layouts', '_default', 'single.html'),
		page(
			`<h1>{{ .Title }}</h1><p>{{ .Params.statement }}</p><p>Status: {{ .Params.status }}, claimed {{ .Params.claimed }}</p><ol>{{ range .Params.statusHistory }}<li>{{ .date }}: {{ .status }} — {{ .note }}</li>{{ end }}</ol>{{ .Content }}`
		)
	);
	writeFileSync(
		join(dir, 'layouts', '_default', 'list.html'),
		page(
			`<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ .Params.status }})</li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}`
		)
	);
	writeFileSync(
		join(dir, 'layouts', '_default', 'terms.html'),
		page(
			`<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>`
		)
	);
}

/** Builds the Hugo reference cold (no resources cache) and returns its wall time in seconds and page count. */
export function buildHugoReference(dir: string): { seconds: number; pages: number } {
	rmSync(join(dir, 'public'), { recursive: true, force: true });
	rmSync(join(dir, 'resources'), { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync('hugo', ['--quiet', '--ignoreCache', '--source', dir], {
		encoding: 'utf8',
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) throw new Error(`hugo failed:\n${result.stdout}${result.stderr}`);
	const pages = readdirSync(join(dir, 'public'), { recursive: true }).filter((file) =>
		String(file).endsWith('.html')
	).length;
	return { seconds, pages };
}
