import { describe, expect, it } from 'vitest';
import {
	isUntouchedIngestOutput,
	stampFile,
} from '../../../../src/tools/ingest/plan/ingest-stamp.ts';

describe('stampFile and isUntouchedIngestOutput', () => {
	it('stamps the first frontmatter line of a Markdown file, and the first line of a YAML file', () => {
		expect(stampFile('---\ntitle: A\n---\n')).toMatch(
			/^---\n# Written by npm run ingest \(ingest-hash sha256:[0-9a-f]{64}\)\. Once you edit this file, ingest leaves it alone\.\ntitle: A\n---\n$/
		);
		expect(stampFile('name: NIS\n')).toMatch(
			/^# Written by npm run ingest \(ingest-hash sha256:[0-9a-f]{64}\)\. .*\nname: NIS\n$/
		);
	});

	it('recognises a file as written, also with Windows line endings', () => {
		const stamped = stampFile('---\ntitle: A\n---\n');
		expect(isUntouchedIngestOutput(stamped)).toBe(true);
		expect(isUntouchedIngestOutput(stamped.replace(/\n/g, '\r\n'))).toBe(true);
	});

	it('sees any edit, and a file without a stamp, as changed', () => {
		const stamped = stampFile('---\ntitle: A\n---\n');
		expect(isUntouchedIngestOutput(stamped.replace('title: A', 'title: B'))).toBe(false);
		expect(isUntouchedIngestOutput('---\ntitle: A\n---\n')).toBe(false);
	});
});
