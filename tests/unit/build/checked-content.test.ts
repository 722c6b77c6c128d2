import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkedContent } from '../../../src/build/checked-content.ts';
import { validateContent } from '../../../src/core/validation/validate-content.ts';
import {
	contentYamlFromJson,
	contentYamlToJson,
	loadContentYaml,
	UnquotedDate,
} from '../../../src/core/yaml/content-yaml.ts';
import { materialiseContent } from '../../support/content-fixtures.ts';

describe('parsed content YAML kept between builds (issue 26)', () => {
	let content: ReturnType<typeof materialiseContent>;
	let cacheDir: string;
	const keptFile = () => join(cacheDir, 'content-yaml.json');
	const kept = () =>
		JSON.parse(readFileSync(keptFile(), 'utf8')) as { entries: Record<string, string> };

	beforeEach(() => {
		content = materialiseContent();
		cacheDir = mkdtempSync(join(tmpdir(), 'claims-cache-'));
		process.env['CLAIMS_CACHE_DIR'] = cacheDir;
	});
	afterEach(() => {
		delete process.env['CLAIMS_CACHE_DIR'];
		content.remove();
		rmSync(cacheDir, { recursive: true, force: true });
	});

	it('gives the same report from kept YAML as from parsing every file', () => {
		const parsedAll = validateContent(content.root);
		checkedContent(content.root, { fresh: true });
		const entries = Object.keys(kept().entries).length;
		expect(entries).toBeGreaterThan(10);
		const fromKept = checkedContent(content.root, { fresh: true });
		expect(fromKept.content).toEqual(parsedAll.content);
		expect(fromKept.problems).toEqual(parsedAll.problems);
	});

	it('reads an unchanged file’s fields from what was kept, without parsing it', () => {
		checkedContent(content.root, { fresh: true });
		const record = kept();
		const [hash, json] = Object.entries(record.entries).find(([, entry]) =>
			entry.includes('"title"')
		)!;
		const title = (JSON.parse(json) as { title: string }).title;
		record.entries[hash] = json.replace(JSON.stringify(title), '"Kept, not parsed"');
		writeFileSync(keptFile(), JSON.stringify(record));
		const report = checkedContent(content.root, { fresh: true });
		expect(report.content.claims.map((claim) => claim.data.title)).toContain('Kept, not parsed');
	});

	it('parses a changed file again, and forgets a deleted one', () => {
		checkedContent(content.root, { fresh: true });
		const before = Object.keys(kept().entries).length;
		const claims = join(content.root, 'claims');
		const [first, second] = readdirSync(claims).sort();
		const file = join(claims, first!);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: An edited title')
		);
		rmSync(join(claims, second!));
		const report = checkedContent(content.root, { fresh: true });
		expect(report.content.claims.find((claim) => `${claim.id}.md` === first)?.data.title).toBe(
			'An edited title'
		);
		expect(Object.keys(kept().entries)).toHaveLength(before - 1);
	});

	it('writes an unquoted date back as the same class', () => {
		const data = loadContentYaml('published: 2024-10-18T09:51:00-04:00\nlist: [a, 1]\n');
		expect(contentYamlFromJson(contentYamlToJson(data))).toEqual({
			published: new UnquotedDate('2024-10-18T09:51:00-04:00'),
			list: ['a', 1],
		});
		expect(
			(contentYamlFromJson(contentYamlToJson(data)) as { published: unknown }).published
		).toBeInstanceOf(UnquotedDate);
	});
});
