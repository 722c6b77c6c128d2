import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../../src/core/schemas/claim.ts';
import { loadContentYaml } from '../../../src/core/yaml/content-yaml.ts';
import { formatFields } from '../../../src/core/yaml/content-file.ts';
import {
	collectionFields,
	formatContentFile,
	parseContentFile,
} from '../../../src/core/yaml/content-layout.ts';
import { filesOutOfLayout } from '../../../src/build/content-layout-report.ts';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const handWritten = `---
# Proposed by the ingest from sentence 3.
kind: fact
title: 'Seoul: 1,500 troops'
statement: NIS says 1,500 troops arrived.
claimant: nis
claimed: 2024-10-18
places:
  - vladivostok
topics: []
figures:
  - unit: "troops"
    measure: troops-deployed
    qualifier: exact
    value: 1500
status: claimed
statusHistory:
  - { status: claimed, date: 2024-10-18, note: "As reported." }
sources:
  - source: guardian-2024-10-18-north-korean-troops-russia
    quote: "1,500"
draft: false
---
The NIS said so.


`;

describe('the standard layout of content files', () => {
	it('orders fields as the schema does, leaves out defaults, quotes all but single words and keeps dates as text', () => {
		const file = parseContentFile('claims', handWritten);
		expect(formatContentFile('claims', file)).toBe(`---
# Proposed by the ingest from sentence 3.
title: "Seoul: 1,500 troops"
statement: "NIS says 1,500 troops arrived."
kind: fact
claimant: nis
claimed: "2024-10-18"
figures:
  - value: 1500
    unit: troops
    qualifier: exact
    measure: troops-deployed
places: [vladivostok]
status: claimed
statusHistory:
  - date: "2024-10-18"
    status: claimed
    note: "As reported."
sources:
  - source: guardian-2024-10-18-north-korean-troops-russia
    quote: "1,500"
---

The NIS said so.
`);
	});

	it('changes no value: the hand-written and the relaid file read the same through the schema', () => {
		const relaid = formatContentFile('claims', parseContentFile('claims', handWritten));
		const read = (text: string) => ClaimSchema.parse(parseContentFile('claims', text).data);
		expect(read(relaid)).toEqual(read(handWritten));
	});

	it('writes any text, at the top or nested in a list, so that YAML reads back the same text', () => {
		const fields = collectionFields('claims');
		const longLines = fc
			.array(
				fc.oneof(
					fc.string({ unit: 'grapheme', maxLength: 80 }),
					fc.constantFrom(' ', '  ', '\t', '')
				),
				{
					maxLength: 6,
				}
			)
			.map((lines) => lines.join('\n'));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'grapheme', maxLength: 300 }),
					longLines,
					fc.constantFrom(
						'yes',
						'No',
						'null',
						'2024',
						'2024-10-18',
						'1e3',
						'- x',
						'#',
						'a: b',
						' x',
						'~',
						'Para one is here and it is long enough to fold.\n \nPara two.'
					)
				),
				(text) => {
					const data = {
						title: text,
						topics: [text],
						statusHistory: [{ date: '2024', note: text }],
					};
					expect(loadContentYaml(formatFields(data, fields))).toEqual(data);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('refuses a file whose comments it could not keep, and one with an unquoted timestamp, rather than change them', () => {
		expect(() =>
			parseContentFile('claimants', 'name: "NIS" # the agency\nshortName: NIS\n')
		).toThrow(/comments/);
		expect(() =>
			parseContentFile('claimants', '# kept\nname: NIS\n# lost\nshortName: NIS\n')
		).toThrow(/comments/);
		expect(parseContentFile('claimants', '# kept\nname: NIS\n').comment).toEqual(['kept']);
		expect(() =>
			parseContentFile('sources', '---\noutlet: X\npublished: 2024-10-18T09:51:00-04:00\n---\n')
		).toThrow(/unquoted timestamp/);
	});

	it('keeps an invalid value for the check to report, leaving out only what equals its default', () => {
		const file = parseContentFile('claims', '---\ntitle: ""\nevent: null\ndraft: false\n---\n');
		expect(formatContentFile('claims', file)).toBe('---\ntitle: ""\nevent: null\n---\n');
	});

	it('is the layout of every file in content/, so a form save changes only what the editor changed', () => {
		const claimFiles = readdirSync('content/claims').filter((name) => name.endsWith('.md'));
		expect(claimFiles.length).toBeGreaterThan(50);
		expect(filesOutOfLayout('content').map(({ path }) => path)).toEqual([]);
	});

	it('remembers files found in layout, and still finds one an edit took out of it', () => {
		const root = mkdtempSync(join(tmpdir(), 'layout-memo-'));
		cpSync('content', root, { recursive: true });
		const memo = join(root, 'memo.json');
		expect(filesOutOfLayout(root, memo)).toEqual([]);
		const remembered = (JSON.parse(readFileSync(memo, 'utf8')) as { inLayout: string[] }).inLayout;
		expect(remembered.length).toBeGreaterThan(50);
		const claim = join(root, 'claims', readdirSync(join(root, 'claims'))[0]!);
		writeFileSync(
			claim,
			readFileSync(claim, 'utf8')
				.replace(/^title: "/m, "title: '")
				.replace(/"\n(statement)/, "'\n$1")
		);
		expect(filesOutOfLayout(root, memo).map(({ path }) => path)).toEqual([claim]);
	});
});
