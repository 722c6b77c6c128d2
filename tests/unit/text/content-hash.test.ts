import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/core/text/content-hash.ts';

const TEXT = 'First paragraph.\n\nSecond paragraph.';

describe('contentHash', () => {
	it('is sha256: followed by the hex sha256 of the text', () => {
		expect(contentHash(TEXT)).toBe(
			`sha256:${createHash('sha256').update(TEXT, 'utf8').digest('hex')}`
		);
	});

	it('hashes the empty string to the known sha256 of nothing', () => {
		expect(contentHash('')).toBe(
			'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
		);
	});

	it('matches the pattern that sources and citations require', () => {
		expect(contentHash(TEXT)).toMatch(/^sha256:[0-9a-f]{64}$/);
	});

	it('ignores CRLF versus LF line endings', () => {
		expect(contentHash('First paragraph.\r\n\r\nSecond paragraph.')).toBe(contentHash(TEXT));
	});

	it('ignores old Mac CR line endings', () => {
		expect(contentHash('First paragraph.\r\rSecond paragraph.')).toBe(contentHash(TEXT));
	});

	it('ignores surrounding whitespace', () => {
		expect(contentHash(`\n  ${TEXT}\n\n`)).toBe(contentHash(TEXT));
	});

	it('changes when a word changes', () => {
		expect(contentHash('First paragraph.\n\nSecond passage.')).not.toBe(contentHash(TEXT));
	});

	it('changes when whitespace inside the text changes', () => {
		expect(contentHash('First paragraph.\nSecond paragraph.')).not.toBe(contentHash(TEXT));
	});

	it('changes when a straight quote becomes a curly one', () => {
		expect(contentHash("Korea's")).not.toBe(contentHash('Korea\u2019s'));
	});
});
